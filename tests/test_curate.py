"""curate.py: each stage on hand-made cases, the MATH-500 leak in train/aime.json, the command (deterministic,
its report) and its errors (one line, exit status 2). Tests that load MiniLM are slow."""
import json
import os
import re
import subprocess
import sys

import numpy as np
import pytest

import curate
import data

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rec(i, problem, answer="1"):
    return {"id": f"t:{i}", "problem": problem, "answers": [answer], "source": "t"}


@pytest.fixture(scope="module")
def embed():
    return curate.make_embedder()


def test_exact_dedup_sees_through_spacing_and_latex():
    records = [rec(0, "Find $x$ if $(2x)+\\frac12=5$."),
               rec(1, "Find \\(x\\)  if $(2x) + \\dfrac{1}{2} = 5$ ."),
               rec(2, "find $x^{}_{}$ if $\\left(2x\\right)+\\tfrac{1}{2}=5$", "2"),
               rec(3, "Find $x$ if $(2x)-\\frac12=5$.")]
    kept, dropped = curate.exact_dedup(records)
    assert [r["id"] for r in kept] == ["t:0", "t:3"]
    assert [(d["id"], d["matched_id"]) for d in dropped] == [("t:1", "t:0"), ("t:2", "t:0")]
    assert dropped[1]["reason"] == "same text, different answer"


EVALS = [{"id": "e:0", "problem": "Let $P(x)$ be a quadratic polynomial with real coefficients satisfying "
          "$x^2 - 2x + 2 \\le P(x) \\le 2x^2 - 4x + 3$ for all real numbers $x$, and suppose $P(11) = 181$. "
          "Find $P(16)$.", "answers": ["406"], "source": "e"},
         {"id": "e:1", "problem": "How many positive divisors does 36 have?", "answers": ["9"], "source": "e"}]
LEAKS = [rec(0, EVALS[0]["problem"].replace("$", "")),  # exact after normalisation
         rec(1, "This is from a contest. " + EVALS[0]["problem"].replace("Find $P(16)$.", "What is $P(16)$?")),
         rec(2, "What is the number of positive divisors of 36?"),  # paraphrase: only embeddings see it
         rec(3, "How many prime numbers are less than 50?")]


def test_decontaminate_text_and_ngrams():
    kept, dropped = curate.decontaminate(LEAKS, EVALS)  # no embedder: no paraphrase test
    assert [r["id"] for r in kept] == ["t:2", "t:3"]
    assert [(d["id"], d["matched_id"], d["reason"]) for d in dropped] == [
        ("t:0", "e:0", "same text"), ("t:1", "e:0", dropped[1]["reason"])]
    assert re.fullmatch(r"\d+% of 13-grams shared", dropped[1]["reason"])
    # shared boilerplate (5 shared 13-grams of 30) is not a leak, where "any shared 13-gram" would call it one
    tail = " The probability is m/n, where m and n are relatively prime positive integers. Find m + n."
    train = rec(4, " ".join("t" + chr(97 + i) for i in range(25)) + tail)  # 25 words of its own
    test = {**EVALS[0], "problem": " ".join("e" + chr(97 + i) for i in range(25)) + tail}
    assert curate.decontaminate([train], [test])[1] == []
    assert curate.decontaminate([train], [test], overlap=0.15)[1][0]["reason"] == "17% of 13-grams shared"


def test_ngrams_read_latex_spellings_alike():
    """OlympiadBench re-typesets MATH problems (`15 a^{2}` for `15a^2`): the leak must still share its n-grams."""
    a = "Let $a$ be real with $15a^2 - 8b^3 = 0$, $z\\not= i$, $\\dfrac{1}{137}$, $1+2+\\dots+9$ \\quad \\text{and} $Ax$"
    b = "Let $a$ be real with $$15 a^{2}-8 b^{3}=0$$, $z \\neq i$, $\\frac 1{137}$, $1+2+\\cdots+9$ \\text { and } $A x$"
    assert curate._ngrams(a, 13) == curate._ngrams(b, 13) != set()
    assert curate._ngrams(a, 13) != curate._ngrams(a.replace("15a^2", "16a^2"), 13)


def test_filter_gradable_mechanism_and_reward():
    records = [rec(0, "p", "1"), {**rec(1, "q"), "answers": ["?", "2"]}, rec(2, "r", "?")]
    kept, dropped = curate.filter_gradable(records, gradable=lambda golds: any(a != "?" for a in golds))
    assert [r["id"] for r in kept] == ["t:0", "t:1"] and dropped[0]["id"] == "t:2"
    kept, dropped = curate.filter_gradable([rec(0, "p", "\\frac{1}{2}"), rec(1, "q", "42"), rec(2, "r", "\\boxed{")])
    assert [r["id"] for r in kept] == ["t:0", "t:1"] and [d["id"] for d in dropped] == ["t:2"]


def test_math500_verbatim_leaks_are_named(data_dir):
    """train/aime.json holds MATH-500 test problems verbatim; all must go, named with their eval twin."""
    train = data.load(os.path.join(data_dir, "train/aime.json"))
    evals = data.load(os.path.join(data_dir, "test/math.json"))
    # the leaks found independently: letters and digits only, everything else ignored
    key = {re.sub(r"[^a-z0-9]", "", e["problem"].lower()): e for e in evals}
    leaks = {r["id"]: key[k]["id"] for r in train if (k := re.sub(r"[^a-z0-9]", "", r["problem"].lower())) in key}
    assert len(leaks) == 6
    kept, dropped = curate.decontaminate(curate.exact_dedup(train)[0], evals)
    named = {d["id"]: d["matched_id"] for d in dropped}
    assert {i: named.get(i) for i in leaks} == leaks
    assert not set(leaks) & {r["id"] for r in kept}


def _build(tmp_path, k, *extra):
    curate.main(["--sources", str(tmp_path / "train.json"), "--eval-sets", str(tmp_path / "test.json"),
                 "--out", str(tmp_path / f"o{k}.jsonl"), "--report", str(tmp_path / f"r{k}.json"), *extra])
    return (tmp_path / f"o{k}.jsonl").read_text(), json.loads((tmp_path / f"r{k}.json").read_text())


def _sets(tmp_path):
    src = [{"problem": "How many positive divisors does 36 have?", "answer": 9},
           {"problem": "How  many positive divisors does $36$ have?", "answer": "9"},
           {"problem": "Compute $1+1$.", "answer": "2"}, {"problem": "no answer here"},
           {"problem": "Name the colour of the sky.", "answer": "\\boxed{"}]
    (tmp_path / "train.json").write_text(json.dumps(src))
    (tmp_path / "test.json").write_text(json.dumps([{"problem": "Compute $1 + 1$.", "answer": "2"}]))


def test_command_is_deterministic_and_reports_every_drop(tmp_path, capsys):
    _sets(tmp_path)
    off = ("--dedup-threshold", "2", "--contam-threshold", "2", "--skip-bad")  # no MiniLM: fast
    (out0, r0), (out1, r1) = _build(tmp_path, 0, *off), _build(tmp_path, 1, *off)
    assert out0 == out1 and r0["dropped"] == r1["dropped"]
    assert [json.loads(line)["id"] for line in out0.splitlines()] == [f"{tmp_path.name}/train:0"]
    assert [(s["stage"], s["in"], s["out"]) for s in r0["stages"]] == [
        ("load", 5, 4), ("exact_dedup", 4, 3), ("near_dedup", 3, 3), ("decontaminate", 3, 2),
        ("filter_gradable", 2, 1)]
    assert [(d["id"].split("/")[-1], d["stage"], d["matched_id"]) for d in r0["dropped"]] == [
        ("train:3", "load", None), ("train:1", "exact_dedup", f"{tmp_path.name}/train:0"),
        ("train:2", "decontaminate", f"{tmp_path.name}/test:0"), ("train:4", "filter_gradable", None)]
    assert r0["config"]["skip_bad"] is True and r0["git"]  # the run describes itself
    assert "exact_dedup" in capsys.readouterr().out


def test_space_separated_lists_are_one_flag():
    argv = ["--sources", "a.json", "b.json", "--out", "o", "--eval-sets", "c.json", "--skip-bad"]
    assert curate._join_lists(argv) == ["--sources", "a.json,b.json", "--out", "o", "--eval-sets", "c.json",
                                        "--skip-bad"]


def test_errors_are_one_line_with_status_2(tmp_path, capsys):
    _sets(tmp_path)
    out = ["--out", str(tmp_path / "o.jsonl")]
    cases = [(["--sources", str(tmp_path / "train.json"), "--eval-sets", str(tmp_path / "test.json")],
              r"curate: .*train\.json row 3: answer None .* \(--skip-bad lists .*\)"),
             (["--sources", str(tmp_path / "nope.json"), "--eval-sets", str(tmp_path / "test.json")],
              r"curate: .*nope\.json: no such file"),
             (["--sources", str(tmp_path / "train.json")], "curate: --eval-sets is required")]
    for args, line in cases:
        with pytest.raises(SystemExit) as e:
            curate.main(args + out)
        assert e.value.code == 2
        assert re.fullmatch(line + "\n", capsys.readouterr().err)
    assert not os.path.exists(tmp_path / "o.jsonl")
    with pytest.raises(SystemExit):  # before the pipeline (minutes of embedding on the shipped sets), not after
        curate.main(["--sources", str(tmp_path / "train.json"), "--eval-sets", str(tmp_path / "test.json"),
                     "--skip-bad", "--out", str(tmp_path / "no" / "o.jsonl")])
    assert re.fullmatch(r"curate: cannot write .*o\.jsonl: it is a folder, or its folder does not exist\n",
                        capsys.readouterr().err)
    src = ["--sources", str(tmp_path / "train.json"), "--eval-sets", str(tmp_path / "test.json"), "--skip-bad"]
    os.symlink(tmp_path / "o.jsonl", tmp_path / "link.json")  # a link to --out is --out (it lost the report)
    before = (tmp_path / "test.json").read_text()
    for args, line in [(["--out", str(tmp_path)], r"curate: cannot write .*: it is a folder.*"),
                       (out + ["--report", out[1]], r"curate: --report .*o\.jsonl is --out: .*"),
                       (out + ["--ngram", "0"], r"curate: --ngram 0: must be above 0"),
                       (out + ["--report", str(tmp_path / "link.json")], r"curate: --report .*link\.json is --out: .*"),
                       (out + ["--report", str(tmp_path / "test.json")], r"curate: --report .*test\.json is one of the input sets.*"),
                       (["--out", str(tmp_path / "train.json")], r"curate: --out .*train\.json is one of the input sets.*"),
                       (out + ["--ngram-overlap", "1.5"], r"curate: --ngram-overlap 1\.5: a share, at most 1")]:
        with pytest.raises(SystemExit) as e:
            curate.main(src + args)
        assert e.value.code == 2 and re.fullmatch(line + "\n", capsys.readouterr().err)
    assert not os.path.exists(tmp_path / "o.jsonl") and (tmp_path / "test.json").read_text() == before


def test_everything_dropped_still_writes_the_report(tmp_path, capsys):
    _sets(tmp_path)  # decontaminated against itself: nothing is left, and the report says why
    report = tmp_path / "r.json"
    with pytest.raises(SystemExit) as e:
        curate.main(["--sources", str(tmp_path / "test.json"), "--eval-sets", str(tmp_path / "test.json"),
                     "--dedup-threshold", "2", "--contam-threshold", "2", "--out", str(tmp_path / "o.jsonl"),
                     "--report", str(report)])
    assert e.value.code == 2 and "every problem was dropped" in capsys.readouterr().err
    assert [d["stage"] for d in json.loads(report.read_text())["dropped"]] == ["decontaminate"]
    assert not os.path.exists(tmp_path / "o.jsonl")


@pytest.mark.slow
def test_bad_row_from_the_shell(data_dir, tmp_path):
    """The shipped train/math.json has answerless rows: stop at the first, one line, no traceback."""
    train, test = os.path.join(data_dir, "train"), os.path.join(data_dir, "test")
    p = subprocess.run([sys.executable, os.path.join(ROOT, "curate.py"), "--sources", f"{train}/aime.json",
                        f"{train}/math.json", "--eval-sets", f"{test}/aime.json", "--out", str(tmp_path / "o.jsonl")],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 2 and "Traceback" not in p.stderr, p.stderr
    assert len(p.stderr.strip().splitlines()) == 1 and "train/math.json row 886" in p.stderr
    assert "--skip-bad" in p.stderr


@pytest.mark.slow
def test_embedder_matches_sentence_transformers(embed):
    """Against SentenceTransformer(<the wheel's model>).encode(texts) of sentence-transformers 6.3.0, recorded: it is
    not installed (it pulls scikit-learn into every `import transformers`). Four components of each vector and its
    projection on a seeded normal vector, which moves with any of the 384."""
    texts = ["How many positive divisors does 36 have?", "Compute $\\dbinom{8}{4}$."]
    first4 = [[0.087654, -0.034646, -0.133045, -0.032632], [0.123548, 0.047264, -0.014011, -0.023145]]
    projection = [-0.581454, -1.06774]
    v = embed(texts)
    assert abs(v[:, :4] - np.array(first4)).max() < 2e-6
    assert abs(v @ np.random.default_rng(0).standard_normal(384) - np.array(projection)).max() < 1e-4
    assert abs(np.linalg.norm(v, axis=1) - 1).max() < 1e-6


def test_near_dedup_by_ngrams():
    """A re-typeset copy with the same answer goes without embeddings; a sibling with another answer stays."""
    body = "Let $a$ and $b$ be real numbers such that $a^3 - 15a^2 + 20a - 50 = 0$ and $8b^3 - 60b^2 - 290b + 2575 = 0$."
    records = [rec(0, body + " Compute $a + b$.", "\\frac{15}{2}"),
               rec(1, body.replace("15a^2", "15 a^{2}").replace("$ and $", "\\quad \\text { and } \\quad ")
                   + " Compute $a+b$.", "\\frac{15}{2}"),
               rec(2, body + " Compute $a - b$.", "\\frac{5}{2}")]
    kept, dropped = curate.near_dedup(records, None)
    assert [r["id"] for r in kept] == ["t:0", "t:2"]
    assert [(d["id"], d["matched_id"]) for d in dropped] == [("t:1", "t:0")]
    assert re.fullmatch(r"\d+% of 13-grams shared", dropped[0]["reason"])


@pytest.mark.slow
def test_near_dedup_catches_paraphrases(embed):
    records = [rec(0, "How many positive divisors does 36 have?"),
               rec(1, "A circle has radius 3. What is its area?"),
               rec(2, "What is the number of positive divisors of 36?"),
               rec(3, "What is the area of a circle whose radius is 3?"),
               rec(4, "How many prime numbers are less than 50?"),
               rec(5, "If $x - y = 6$ and $x + y = 12$, what is the value of $y$?", "3"),
               rec(6, "If $x - y = 6$ and $x + y = 12$, what is the value of $x$?", "9")]  # close, yet another answer
    kept, dropped = curate.near_dedup(records, embed, threshold=0.85, block=2)  # blocks smaller than the input
    assert [r["id"] for r in kept] == ["t:0", "t:1", "t:4", "t:5", "t:6"]
    assert [(d["id"], d["matched_id"]) for d in dropped] == [("t:2", "t:0"), ("t:3", "t:1")]
    assert curate.near_dedup(records, embed, threshold=1.01)[1] == []  # off


@pytest.mark.slow
def test_decontaminate_by_embedding(embed):
    kept, dropped = curate.decontaminate(LEAKS, EVALS, embed, threshold=0.85)
    assert [r["id"] for r in kept] == ["t:3"]
    assert [(d["id"], d["matched_id"]) for d in dropped] == [("t:0", "e:0"), ("t:1", "e:0"), ("t:2", "e:1")]
    assert dropped[2]["reason"].startswith("cosine")


@pytest.mark.slow
def test_math500_leaks_survive_near_dedup_to_be_named(data_dir, embed):
    """With every stage on, no leak is dropped as a duplicate first (which would hide where it came from)."""
    train = data.load(os.path.join(data_dir, "train/aime.json"))
    evals = data.load(os.path.join(data_dir, "test/math.json"))
    kept, _ = curate.exact_dedup(train)
    kept, _ = curate.near_dedup(kept, embed, 0.95)
    kept, dropped = curate.decontaminate(kept, evals, embed, 0.9)
    assert sum(d["reason"] == "same text" for d in dropped) == 7  # the six verbatim, and aime:744 (\cdots for \dots)


@pytest.fixture(scope="module")
def by_id(data_dir):
    """Every shipped record by id ("train/aime:326"); the four training rows without an answer are not there."""
    return {r["id"]: r for part in ("train", "test") for f in sorted(os.listdir(os.path.join(data_dir, part)))
            for r in data.load(os.path.join(data_dir, part, f), skip_bad=True)}


def judged_alone(pairs, stage, by_id, embed):
    """{(a, b, label): whether `stage` drops b given [a, b]} over labelled pairs, each judged on its own."""
    pairs = [(a, b, y) for a, b, y, _ in pairs if a in by_id and b in by_id]
    embed([by_id[a]["problem"] for a, _, _ in pairs] + [by_id[b]["problem"] for _, b, _ in pairs])  # one batch
    return {(a, b, y): bool(stage(by_id[a], by_id[b])) for a, b, y in pairs}


@pytest.mark.slow
def test_decontaminate_blind_labels(by_id, embed):
    """tests/contamination_labels.py: 563 (train, eval) pairs labelled by someone who had not read curate.py.
    Measured before n-gram words were split into runs of letters or digits: 10 of the 13 leaks caught, 40 of the
    550 non-leaks (siblings: same template, other numbers) dropped; after, and with math letters split too: 13
    and 44 (RESULTS.md)."""
    from contamination_labels import PAIRS
    caught = judged_alone(PAIRS, lambda t, e: curate.decontaminate([t], [e], embed)[1], by_id, embed)
    leaks = [hit for (_, _, y), hit in caught.items() if y]
    assert len(caught) == 563 and len(leaks) == 13 and sum(leaks) == 13  # all but the row without an answer
    assert sum(hit for (_, _, y), hit in caught.items() if not y) <= 45


@pytest.mark.slow
def test_dedup_blind_labels(by_id, embed):
    """tests/dedup_labels.py: 579 (train, train) pairs labelled the same way. Before the n-gram test in
    near_dedup: 166 of the 247 copies found, 7 of the 332 look-alikes dropped; after: 178 and 7 (on the half
    of the pairs not used to choose --dedup-overlap: 83 -> 90 of 130, 4 -> 4 of 163). Most copies left have
    another stated answer (AIME's m + n where MATH asks the fraction), which the answer test keeps on purpose."""
    from dedup_labels import PAIRS

    def dedup(a, b):
        kept, dropped = curate.exact_dedup([a, b])
        return dropped or curate.near_dedup(kept, embed)[1]
    found = judged_alone(PAIRS, dedup, by_id, embed)
    assert len(found) == 579
    assert sum(hit for (_, _, y), hit in found.items() if y) >= 178
    assert sum(hit for (_, _, y), hit in found.items() if not y) <= 7
