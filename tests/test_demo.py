"""The CPU miniature (demo.py): the task, the teacher, the tokenizer and the distilled model follow their
rules (instant to seconds), the report computes paired differences (synthetic evals), and a shortened run
of the demo's first stage through train.sh shows the stage-1 effects (slow: ~2-3 minutes on 2 cores)."""
import json
import multiprocessing
import os
import random
import subprocess
import sys

import pytest

import data
import demo
import reward

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lines_of(trace):
    """[(s, d, t)] for the step lines of a trace, re-check lines left out."""
    think = trace.split("</think>")[0]
    return [tuple(int(c) for c in (ln[-5], ln[-3], ln[-1])) for ln in think.split("\n")
            if ln and not ln.startswith("check")]


def test_problems_split_and_answers():
    train, test = demo.problems()
    assert len(train) + len(test) == 810 and len({r["id"] for r in train + test}) == 810
    assert not {r["problem"] for r in train} & {r["problem"] for r in test}  # held out means disjoint
    assert [sum(r["difficulty"] == n for r in test) for n in range(1, 10)] == [demo.HELD_OUT_PER_N] * 9
    for r in train + test:
        x, d, n = demo.parse(r["problem"])
        assert r["answer"] == str((x + n * d) % 10) and r["difficulty"] == n
    assert demo.problems() == (train, test)  # fixed: every run and seed shares the benchmark


def test_teacher_is_right_except_on_confusable_steps():
    train, _ = demo.problems()
    rng, wrong_steps, confusable_steps, wrong_answers = random.Random(0), 0, 0, 0
    for r in train:
        x, d, n = demo.parse(r["problem"])
        concise = demo.teacher(r["problem"], rng, check_p=0, error_p=0)
        assert concise.endswith("\\boxed{" + r["answer"] + "}") and len(lines_of(concise)) == n
        trace = demo.teacher(r["problem"], rng)
        steps = lines_of(trace)
        assert [s for s, _, _ in steps] == [x] + [t for _, _, t in steps[:-1]]  # each line starts where the last ended
        for s, dd, t in steps:
            assert dd == d
            if (s, d) in demo.CONFUSABLE:
                confusable_steps += 1
                wrong_steps += t == (s + d + 1) % 10
            else:
                assert t == (s + d) % 10
        wrong_answers += not trace.endswith("\\boxed{" + r["answer"] + "}")
    assert 0.2 < len(demo.CONFUSABLE) / 90 < 0.4
    assert 0.4 < wrong_steps / confusable_steps < 0.6  # wrong half the time, at any temperature
    assert 0.2 < wrong_answers / len(train) < 0.6


def test_tokenizer(tmp_path):
    tok = demo.make_tokenizer(str(tmp_path))
    assert all(len(tok.tokenize(str(d))) == 1 for d in range(10))
    assert tok.tokenize("3:7+4=1") == ["3", ":", "7", "+", "4", "=", "1"]  # every digit its own token
    assert "</think>" not in tok.all_special_tokens and len(tok.tokenize("</think>")) == 1
    prompt = data.render_prompt(tok, demo.problems()[1][0])
    assert prompt.endswith("<｜Assistant｜><think>\n")
    rng = random.Random(1)
    for r in demo.problems()[1][:50]:
        trace = demo.teacher(r["problem"], rng)
        ids = tok(trace, add_special_tokens=False)["input_ids"] + [tok.eos_token_id]
        text = tok.decode(ids, skip_special_tokens=True)  # as the engines decode: </think> must survive
        assert text == trace
        assert reward.score(text, r["answer"]) == float(trace.endswith("{" + r["answer"] + "}"))
    assert reward.score(demo.teacher("x=3 d=4 n=2. Add", rng, 0, 0), "1") == 1.0
    assert reward.score("1:3+4=7\n\\boxed{1}", "1") == 0.0  # no </think>: the rule, not the number
    # verbose: the redundant re-check lines make traces ~60% longer than the concise ones
    train = demo.problems()[0]
    n_tokens = lambda check_p: sum(len(tok.tokenize(demo.teacher(r["problem"], random.Random(i), check_p, 0)))
                                   for i, r in enumerate(train))
    assert 1.4 < n_tokens(0.5) / n_tokens(0) < 1.8


def test_make_tiny_shapes(tmp_path):
    import model
    m = model.Qwen2.from_pretrained(demo.make_tiny(str(tmp_path), layers=4, tie=True))
    c = m.config
    assert (c.hidden_size, c.num_hidden_layers, c.head_dim, c.num_key_value_heads, c.intermediate_size) == (128, 4, 32, 2, 512)
    assert 0.9e6 < sum(p.numel() for p in m.parameters()) < 1.1e6


def test_build_gives_the_shipped_model(tmp_path):
    if not os.path.exists(os.path.join(demo.SHIPPED, "model.safetensors")):
        pytest.skip("no shipped model")
    out = demo.build(str(tmp_path / "base"))
    with open(os.path.join(out, "build.json")) as f:
        made = json.load(f)
    defaults = vars(demo.BuildConfig())
    assert {k: made[k] for k in defaults if k not in ("out", "shipped")} == \
        {k: v for k, v in defaults.items() if k not in ("out", "shipped")}  # the shipped model is what build makes
    train, test = data.load(os.path.join(out, "train.jsonl")), data.load(os.path.join(out, "test.jsonl"))
    assert len(train) == 657 and len(test) == 153
    assert demo.build(out) == out  # cached: a second call keeps it


def test_builders_racing_into_one_folder_all_succeed(tmp_path):
    """The nodes of a multi-node `train.sh --demo` build the same shared folder at once."""
    if not os.path.exists(os.path.join(demo.SHIPPED, "model.safetensors")):
        pytest.skip("no shipped model")
    out = str(tmp_path / "base")
    with multiprocessing.get_context("fork").Pool(4) as pool:
        assert pool.map(demo.build, [out] * 4) == [out] * 4
    assert sorted(os.listdir(tmp_path)) == ["base"]  # no builder's temporary folder left behind
    assert len(data.load(os.path.join(out, "train.jsonl"))) == 657


def write_eval(path, scores, tokens=20):
    """A fake eval file: scores[id] is a list of per-sample scores."""
    with open(path, "w") as f:
        for pid, ss in scores.items():
            for j, s in enumerate(ss):
                f.write(json.dumps(dict(bench="demo", id=pid, sample=j, score=s, tokens=tokens, finish="stop",
                                        response="1:1+1=2\ncheck 1:1+1=2\n" if s == 0 else "1:1+1=2\n")) + "\n")


def test_report_pairs_before_and_after(tmp_path, capsys):
    run = tmp_path / "run"
    (run / "eval").mkdir(parents=True)
    ids = [f"x{i % 10}d1n{1 + i % 9}" for i in range(20)]
    rows = [dict(step=0, max_len=16)] + [dict(step=s, max_len=16) for s in (1, 2)] + \
           [dict(step=2, max_len=32)] + [dict(step=s, max_len=32) for s in (3, 4, 5)]  # 5: saved at a signal, no eval
    (run / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (run / "config.json").write_text(json.dumps(dict(demo=True)))
    half = {i: [1, 0] for i in ids}
    write_eval(run / "eval" / "step_0_len_16.jsonl", {i: [0, 0] for i in ids})
    write_eval(run / "eval" / "step_0_len_64.jsonl", half)
    for step, L in ((2, 16), (2, 32), (2, 64)):
        write_eval(run / "eval" / f"step_{step}_len_{L}.jsonl", half)
    write_eval(run / "eval" / "step_4_len_32.jsonl", {i: [1, 1] if k < 15 else [0, 0] for k, i in enumerate(ids)})
    write_eval(run / "eval" / "step_4_len_64.jsonl", {i: [1, 1] for i in ids})
    s1, s2, end = demo.report(str(run))
    assert s1["steps"] == (0, 2) and s1["at_limit"][:3] == (0.0, 0.5, 0.5) and s1["at_limit"][3] == 0.0
    assert s1["checks"] == (0.5, 0.5)
    assert s2["steps"] == (2, 4) and s2["at_limit"][:3] == (0.5, 0.75, 0.25)
    assert s2["at_limit"][3] == pytest.approx(((15 * 0.25 ** 2 + 5 * 0.75 ** 2) / 19 / 20) ** 0.5)  # SE of the diffs
    assert end["steps"] == (0, 4) and end["unlimited"][:3] == (0.5, 1.0, 0.5) and end["checks"][1] == 0.0
    assert "stage at 32, steps 2 -> 4" in capsys.readouterr().out


def test_bad_folders_are_one_line(tmp_path, capsys):
    """A file, a folder holding something else, a run that is not the demo's: one line, status 2, nothing kept."""
    (tmp_path / "file").write_text("")
    other = tmp_path / "other"  # a model without the demo's problems
    other.mkdir()
    (other / "model.safetensors").write_text("")
    run = tmp_path / "run"
    (run / "eval").mkdir(parents=True)
    (run / "config.json").write_text(json.dumps(dict(demo=False)))
    early = tmp_path / "early"  # stopped during its first evaluations: one step, nothing to compare
    (early / "eval").mkdir(parents=True)
    (early / "config.json").write_text(json.dumps(dict(demo=True)))
    (early / "metrics.jsonl").write_text(json.dumps(dict(step=0, max_len=16)) + "\n")
    for L in (16, 64):
        write_eval(early / "eval" / f"step_0_len_{L}.jsonl", {"x0d1n1": [1, 0]})
    for argv, line in ((["build", str(tmp_path / "file")], "is no demo base"), (["build", str(other)], "is no demo base"),
                       (["report", str(run)], "is no evaluated run of `train.sh --demo`"),
                       (["report", str(early)], "evaluated at step 0 only: nothing to compare yet"),
                       (["report", str(tmp_path / "nope")], "is no evaluated run")):
        with pytest.raises(SystemExit) as e:
            demo.main(argv)
        err = capsys.readouterr().err
        assert e.value.code == 2 and err.startswith("demo.py: ") and line in err and len(err.splitlines()) == 1, err
    assert sorted(os.listdir(tmp_path)) == ["early", "file", "other", "run"] and os.listdir(other) == ["model.safetensors"]


@pytest.mark.slow
def test_stage_one_in_miniature(tmp_path):
    """The demo's first stage shortened to 10 steps, through train.sh on 2 ranks (~2-3 minutes): a step-0
    eval row; then reward rises, response length, truncation and redundant lines fall, held-out pass@1 at
    the limit and unlimited rises (the full stage is in RESULTS.md)."""
    if not os.path.exists(os.path.join(demo.SHIPPED, "model.safetensors")):
        pytest.skip("no shipped model")
    base, run = demo.build(str(tmp_path / "base")), str(tmp_path / "run")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "STAGE", "STOP_", "RESET", "NPROC"))}
    env.update(RUN=run, LAST_STAGE="1", STAGE1_STEPS="10", TOKENIZERS_PARALLELISM="false", HF_HUB_OFFLINE="1",
               TORCHRUN=os.path.join(os.path.dirname(sys.executable), "torchrun"))
    args = ["--demo", "--model", base, "--data", os.path.join(base, "train.jsonl"), "--eval-benchmarks",
            "demo=" + os.path.join(base, "test.jsonl"), "--eval-every", "10"]
    out = subprocess.run(["bash", os.path.join(ROOT, "train.sh"), *args], env=env, capture_output=True, text=True,
                         timeout=900)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    rows = [json.loads(line) for line in open(os.path.join(run, "metrics.jsonl"))]
    first, last = rows[0], rows[-1]
    assert first["step"] == 0 and first["max_len"] == 48 and "reward" not in first  # before any update
    assert 0.1 < first["eval_demo"] < 0.35 and 0 < first["eval_demo_se"] < 0.06 and "eval_demo_full" in first
    train = [r for r in rows if "reward" in r]
    assert [r["step"] for r in train] == list(range(1, 11)) and last["step"] == 10
    mean = lambda key, rs: sum(r[key] for r in rs) / len(rs)
    assert mean("reward", train[5:]) > mean("reward", train[:5])
    assert mean("response_len", train[5:]) < mean("response_len", train[:5])
    assert mean("truncated", train[5:]) < mean("truncated", train[:5])
    for key in ("eval_demo", "eval_demo_full"):  # held out, at the limit and unlimited
        assert last[key] > first[key]
    assert last["eval_demo_truncated"] < first["eval_demo_truncated"] and last["eval_demo_len"] < first["eval_demo_len"]
    stage, _ = demo.report(run)  # the same evals, paired: the redundant re-check lines fall too
    assert stage["steps"] == (0, 10) and stage["at_limit"][2] > 0 and stage["checks"][1] < stage["checks"][0]
    assert "stage at 48, steps 0 -> 10" in out.stdout
