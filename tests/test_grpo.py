"""The GRPO pieces against hand-computed values, and update invariance under micro-batching/ranks."""
import ast
import datetime
import json
import math
import os
import shutil
import subprocess
import sys
import types

import pytest
import torch

import grpo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_group_advantages_hand_computed():
    r = torch.tensor([1.0, 0.0, 0.0, 1.0, 1.0, 1.0])
    a = grpo.group_advantages(r, 2)
    s = 1 / math.sqrt(2)  # group std of {0, 1} with n − 1 is 1/√2; (1 − 0.5) / (1/√2) = 1/√2
    assert torch.allclose(a, torch.tensor([s, -s, -s, s, 0.0, 0.0]), atol=1e-5)
    assert torch.equal(a[4:], torch.zeros(2))  # all-equal group: exactly zero, no NaN


def test_group_advantages_dr_grpo_and_all_equal():
    a = grpo.group_advantages(torch.tensor([1.0, 0.0, 0.0, 0.0]), 4, scale_by_std=False)
    assert torch.allclose(a, torch.tensor([0.75, -0.25, -0.25, -0.25]))
    z = grpo.group_advantages(torch.zeros(8), 4)
    assert torch.isfinite(z).all() and z.abs().max() == 0


def test_k3_kl_hand_computed():
    logp, ref = torch.log(torch.tensor([0.5, 0.3])), torch.log(torch.tensor([0.25, 0.3]))
    kl = grpo.k3_kl(logp, ref)
    assert torch.allclose(kl, torch.tensor([0.5 + math.log(2) - 1, 0.0]), atol=1e-6)


def test_clipped_surrogate_four_cases():
    old = torch.zeros(4)
    logp = torch.log(torch.tensor([1.5, 0.5, 0.5, 1.5]))
    adv = torch.tensor([1.0, 1.0, -1.0, -1.0])
    loss, clipped = grpo.clipped_surrogate(logp, old, adv, 0.2, 0.2)
    assert torch.allclose(loss, torch.tensor([-1.2, -0.5, 0.8, 1.5]), atol=1e-6)
    assert clipped.tolist() == [True, False, True, False]
    loss, _ = grpo.clipped_surrogate(logp[:1], old[:1], adv[:1], 0.2, 0.28)  # clip-higher
    assert torch.allclose(loss, torch.tensor([-1.28]), atol=1e-6)


def test_clipped_surrogate_gradient_vanishes_when_clipped():
    logp = torch.log(torch.tensor([1.5, 1.1])).requires_grad_()
    loss, _ = grpo.clipped_surrogate(logp, torch.zeros(2), torch.ones(2))
    loss.sum().backward()
    assert logp.grad[0] == 0 and torch.isclose(logp.grad[1], torch.tensor(-1.1))


def test_token_weights_every_mode():
    w = grpo.token_weights([2, 3], "token-mean", global_tokens=10, global_seqs=4, world=2)
    assert torch.allclose(w, torch.full((5,), 0.2))
    w = grpo.token_weights([2, 3], "seq-mean", global_tokens=10, global_seqs=4, world=2)
    assert torch.allclose(w, torch.tensor([0.25, 0.25, 1 / 6, 1 / 6, 1 / 6]))
    w = grpo.token_weights([2, 3], "microbatch-token-mean", 10, 4, 2, micro_tokens=5)
    assert torch.allclose(w, torch.full((5,), 0.2))
    with pytest.raises(ValueError):
        grpo.token_weights([1], "sum", 1, 1, 1)


def test_seq_mean_equals_mean_of_sequence_means():
    # Two sequences on one rank: Σ w·loss must equal the mean over sequences of their token means.
    loss = torch.tensor([1.0, 3.0, 2.0, 2.0, 5.0])
    w = grpo.token_weights([2, 3], "seq-mean", global_tokens=5, global_seqs=2, world=1)
    assert torch.isclose((w * loss).sum(), torch.tensor((2.0 + 3.0) / 2))


def test_plan_balances_ranks_and_respects_the_budget():
    lengths = [50, 7, 33, 33, 12, 90, 5, 5, 61, 20, 18, 40]
    for world, budget in ((1, 1000), (2, 100), (3, 64), (4, 30)):
        micro = grpo.plan(lengths, world, budget)
        assert len(micro) == world and len({len(m) for m in micro}) == 1  # the same k everywhere
        dealt = sorted(i for m in micro for b in m for i in b)
        assert dealt == list(range(len(lengths)))  # every sample exactly once
        for m in micro:
            assert all(len(b) == 1 or sum(lengths[i] for i in b) <= budget for b in m)
        loads = [sum(lengths[i] for b in m for i in b) for m in micro]
        assert max(loads) - min(loads) <= max(lengths)  # LPT: the spread is at most one sample
    assert grpo.balance([10, 9, 8, 1, 1, 1], 2) == [[0, 3, 4, 5], [1, 2]]  # 10,9 → 8 joins 9 → the 1s join 10
    # DeepScaleR's cut: k = ceil(tokens / budget) bins of near-equal load, not first-fit's full + remainder
    assert [sum(b) for b in ([[30, 30, 30, 30][i] for i in b] for b in grpo.plan([30] * 4, 1, 70)[0])] == [60, 60]


def test_mesh_shape_is_hsdp_across_nodes_only():
    assert grpo.mesh_shape(8, 8) == (8,) and grpo.mesh_shape(1, 1) == (1,)
    assert grpo.mesh_shape(32, 8) == (4, 8)


def test_every_flag_passes_through_torchrun():
    """torchrun parses the whole command line and takes a prefix of its own flags as an abbreviation, even after
    the script's name: eval.py's `--n` was `--nnodes`/`--nproc-per-node`/... to it. No flag of ours may be one."""
    import dataclasses
    import eval as ev
    from torch.distributed.run import get_args_parser
    parser = get_args_parser()
    for cls in (grpo.Config, ev.EvalConfig):
        for f in dataclasses.fields(cls):
            flag = "--" + f.name.replace("_", "-")
            assert parser.parse_args(["--standalone", "x.py", flag, "1"]).training_script_args == [flag, "1"]


def test_engine_share_leaves_the_trainer_room(monkeypatch):
    """vLLM claims its fraction at start and at every wake, beside the trainer's weights and AdamW moments. At
    the 1.5B shape (1.78B parameters, untied: 13.2 GiB of fp32 moments) one 80 GB GPU cannot give it 0.85."""
    from model import Qwen2, Qwen2Config
    with torch.device("meta"):
        big = Qwen2(Qwen2Config())  # the defaults are R1-Distill-Qwen-1.5B's shape
    gib, n = 2 ** 30, sum(p.numel() for p in big.parameters())
    assert 1.7e9 < n < 1.8e9
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "empty_cache", lambda: None)

    def gpu(free, total, model=big, resumed=False):  # a resumed optimizer holds state
        monkeypatch.setattr(torch.cuda, "mem_get_info", lambda: (free * gib, total * gib))
        return grpo.engine_share(model, types.SimpleNamespace(state={"w": {}} if resumed else {}))
    # one H100 80GB (79.2 GiB) after loading fp32 policy (6.6 GiB) + bf16 reference (3.3) + context
    assert gpu(68.8, 79.2) == pytest.approx((68.8 - 8 * n / gib) / 79.2 - 0.05) and 0.6 < gpu(68.8, 79.2) < 0.7
    assert 0.75 < gpu(129.4, 139.8) < 0.85  # one H200: 0.85 would not fit either
    eighth = types.SimpleNamespace(parameters=lambda: [torch.empty(n // 8, device="meta")])  # an FSDP shard
    assert gpu(77.5, 79.2, eighth) == 0.85  # eight GPUs: DeepScaleR's value
    with pytest.raises(grpo.BadInput, match="more GPUs"):
        gpu(20.0, 79.2)
    # resumed: the checkpoint's moments are loaded already, so the free memory has them out; one 48 GB GPU
    assert gpu(47.5 - 8 * n / gib, 47.5, resumed=True) == pytest.approx((47.5 - 8 * n / gib) / 47.5 - 0.05)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert grpo.engine_share(big, None) == 0.85


def test_eval_metrics_hand_computed():
    rows = [dict(bench="b", id=p, difficulty=d, score=s, tokens=t, finish=f)
            for p, d, s, t, f in (("a", 1, 1.0, 4, "stop"), ("a", 1, 0.0, 8, "length"),
                                  ("b", 2, 1.0, 2, "stop"), ("b", 2, 1.0, 2, "stop"),
                                  ("c", 2, 0.0, 8, "length"), ("c", 2, 0.0, 8, "length"))]
    m = grpo.eval_metrics(rows, "_full")
    acc = [0.5, 1.0, 0.0]
    assert m["eval_b_full"] == pytest.approx(0.5)
    assert m["eval_b_full_se"] == pytest.approx(torch.tensor(acc).std().item() / math.sqrt(3))
    assert m["eval_b_full_d1"] == 0.5 and m["eval_b_full_d2"] == 0.5
    assert m["eval_b_full_len"] == pytest.approx(32 / 6) and m["eval_b_full_truncated"] == pytest.approx(0.5)


def test_setup_gives_collectives_the_long_timeout(monkeypatch):
    seen = {}
    monkeypatch.setattr(grpo.dist, "init_process_group", lambda backend, timeout: seen.update(b=backend, t=timeout))
    monkeypatch.setattr(grpo.dist, "get_rank", lambda: 0)
    monkeypatch.setattr(grpo.dist, "get_world_size", lambda: 1)
    for k, v in dict(RANK="0", LOCAL_RANK="0", WORLD_SIZE="1").items():
        monkeypatch.setenv(k, v)
    assert grpo.setup(timeout_min=300) == (0, 1, torch.device("cpu"))
    assert seen == dict(b="gloo", t=datetime.timedelta(minutes=300))  # not NCCL's 10-minute default
    assert grpo.Config().dist_timeout_min >= 120


def test_model_is_resolved_once_per_node(monkeypatch):
    calls = []
    monkeypatch.setattr("huggingface_hub.snapshot_download",
                        lambda repo, allow_patterns, local_files_only=False: calls.append(local_files_only) or "/c")
    monkeypatch.setattr(grpo.dist, "barrier", lambda: None)
    for local in ("0", "1", "3"):
        monkeypatch.setenv("LOCAL_RANK", local)
        assert grpo.resolve_model("org/model") == "/c"
    assert calls == [False, True, True]  # only each node's local rank 0 downloads; the others read its cache


def test_signals_finish_the_step_and_a_second_ctrl_c_interrupts(capsys):
    """SIGTERM and Ctrl-C set the flag the loop reads after a step; a Ctrl-C after a Ctrl-C interrupts, and so
    does the SIGTERM that torchrun sends its ranks on a second Ctrl-C; SIGTERMs alone (SLURM) never do."""
    import signal
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        for first, second, interrupts in ((signal.SIGINT, signal.SIGINT, True), (signal.SIGINT, signal.SIGTERM, True),
                                          (signal.SIGTERM, signal.SIGTERM, False)):
            stop = grpo.catch_signals(0)
            signal.raise_signal(first)
            assert stop["signal"] == first
            try:
                signal.raise_signal(second)
                assert not interrupts
            except KeyboardInterrupt:
                assert interrupts
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)


def test_history_drops_later_rows_and_a_cut_line(tmp_path, capsys):
    """Resuming at step 2: rows past it go (the run went on past its checkpoint), and so does a last line a crash
    cut short (it used to stop every resume with a bare JSON error, after the models had loaded)."""
    rows = [dict(step=s, reward=0.5) for s in (0, 1, 2, 3)]
    (tmp_path / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows) + '{"step": 4, "rew')
    assert grpo.read_history(str(tmp_path), 2) == rows[:3]
    assert (tmp_path / "metrics.jsonl").read_text() == "".join(json.dumps(r) + "\n" for r in rows[:3])
    assert "metrics.jsonl line 5 is no JSON" in capsys.readouterr().out


def test_a_stage_takes_over_the_full_length_evaluation_of_the_stage_before(tmp_path, monkeypatch):
    """Step 5 ended a stage with an evaluation at --eval-full-len; the next stage starts at step 5 with the same
    weights and seeds, so only its own limit is sampled. Without the samples file, or at another step, both are."""
    calls = []
    monkeypatch.setattr(grpo, "evaluate", lambda run, limit: calls.append(limit) or
                        {"eval_toy" + ("" if limit == run.cfg.max_len else "_full"): limit / 100})
    monkeypatch.setattr(grpo, "all_reduce", lambda values, op: values)
    run = types.SimpleNamespace(cfg=types.SimpleNamespace(max_len=8, eval_full_len=16, out=str(tmp_path)), step=5,
                          benchmarks={"toy": []}, history=[dict(step=5, max_len=6, reward=0.5, eval_toy=0.1,
                                                                eval_toy_full=0.7, eval_toy_full_se=0.1)])
    assert grpo.evaluate_all(run) == {"eval_toy": 0.08, "eval_toy_full": 0.16} and calls == [8, 16]
    os.makedirs(tmp_path / "eval")
    (tmp_path / "eval" / "step_000005_len_16.jsonl").write_text("")
    calls.clear()
    assert grpo.evaluate_all(run) == {"eval_toy": 0.08, "eval_toy_full": 0.7, "eval_toy_full_se": 0.1} and calls == [8]
    run.step, calls[:] = 6, []
    assert grpo.evaluate_all(run) == {"eval_toy": 0.08, "eval_toy_full": 0.16} and calls == [8, 16]


def test_stage_trigger_on_synthetic_stream():
    cfg = grpo.Config(stop_truncation=0.1, stop_window=3)
    rows = [dict(truncated=0.02 * i, reward=0.5) for i in range(8)]
    assert grpo.stage_trigger(rows[:5], cfg) is None  # fewer than two windows
    assert grpo.stage_trigger(rows[:6], cfg) is None  # last window mean 0.08 ≤ 0.1
    assert "truncation" in grpo.stage_trigger(rows[:8], cfg)  # 0.12 > 0.1 and rising
    flat = grpo.Config(stop_reward_gain=0.01, stop_window=2)
    assert grpo.stage_trigger([dict(truncated=0, reward=r) for r in (0.1, 0.2, 0.3, 0.4)], flat) is None
    assert "reward" in grpo.stage_trigger([dict(truncated=0, reward=r) for r in (0.1, 0.3, 0.3, 0.3, 0.3, 0.3)], flat)


def test_config_flags_and_demo_defaults():
    cfg = grpo.parse_config(["--max-len", "16384", "--no-adv-std"])
    assert cfg.max_len == 16384 and cfg.adv_std is False and cfg.n_samples == 8 and cfg.lr == 1e-6
    demo = grpo.parse_config(["--demo", "--max-steps", "7"])
    assert demo.demo and demo.max_steps == 7 and demo.max_len == grpo.DEMO["max_len"]
    other = grpo.parse_config(["--demo", "--model", "/x/base"])  # a base built elsewhere brings its own problems
    assert other.data == "/x/base/train.jsonl" and other.eval_benchmarks == "demo=/x/base/test.jsonl"
    mine = grpo.parse_config(["--demo", "--model", "/x/base", "--data", "a.jsonl"])
    assert mine.data == "a.jsonl" and mine.eval_benchmarks == "demo=/x/base/test.jsonl"


def test_a_bad_flag_is_said_once_per_node(monkeypatch, capsys):
    """Every rank meets the same bad flag: a node's first rank says so, the others only exit."""
    for local, lines in (("1", 0), ("0", 1)):
        monkeypatch.setenv("LOCAL_RANK", local)
        with pytest.raises(SystemExit) as e:
            grpo.parse_config(["--temperature", "nan"])
        assert e.value.code == 2 and len(capsys.readouterr().err.splitlines()) == lines


def run_update(world, budget, out, tiny_model, dtype="fp32"):
    env = dict(os.environ, PYTHONPATH=ROOT, OMP_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={world}",
           os.path.join(ROOT, "tests", "grpo_update.py"), tiny_model, str(budget), str(out), dtype]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    syncs = ast.literal_eval(r.stdout.split("syncs ")[1].splitlines()[0])
    assert syncs[-1] and not any(syncs[:-1]), syncs  # one gradient reduction, after the last micro-batch
    return torch.load(out), len(syncs)


@pytest.mark.slow
def test_update_same_for_any_token_budget_and_world_size(tiny_model, tmp_path):
    (base, n_base), (small, n_small), (two, n_two) = (run_update(1, 100000, tmp_path / "a.pt", tiny_model),
                                                      run_update(1, 40, tmp_path / "b.pt", tiny_model),
                                                      run_update(2, 60, tmp_path / "c.pt", tiny_model))
    assert n_base == 1 and n_small > 2 and n_two > 1  # the budgets do cut the batch into micro-batches
    start = torch.load(tmp_path / "a.pt.start")
    moved = max((base[k] - start[k]).abs().max().item() for k in base)
    assert moved > 1e-4  # the update did something
    for other in (small, two):
        for k in base:
            assert torch.allclose(base[k], other[k], atol=1e-6, rtol=1e-5), k
    # The GPU's mixed precision (FSDP2 computes in bf16, reduces gradients in fp32, keeps fp32 masters), here on
    # CPU: the same update up to bf16 rounding (measured 0.75% of its norm; a tensor left out or reduced wrongly is
    # 100%), and the weights it leaves are fp32.
    mixed, _ = run_update(2, 60, tmp_path / "d.pt", tiny_model, "bf16")
    assert all(v.dtype == torch.float32 for v in mixed.values())
    step = lambda w: torch.cat([(w[k] - start[k]).flatten() for k in base])  # noqa: E731
    assert (step(mixed) - step(base)).norm() < 0.03 * step(base).norm()
    for k in base:
        assert (mixed[k] - base[k]).norm() < 0.1 * (base[k] - start[k]).norm() + 1e-9, k


def torchrun(args, nproc=2, timeout=900, script="grpo.py"):
    env = dict(os.environ, PYTHONPATH=ROOT, OMP_NUM_THREADS="1", VLLM_CPU_KVCACHE_SPACE="1")
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={nproc}",
           os.path.join(ROOT, script)] + args
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    return r


def grpo_cli(args):
    """grpo.py in one process, as from a shell (for runs that must stop before any work)."""
    return subprocess.run([sys.executable, os.path.join(ROOT, "grpo.py")] + args, capture_output=True, text=True,
                          timeout=300, cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT, OMP_NUM_THREADS="1"))


FORKED = """
import json, os, sys, traceback
import grpo, transformers
codes = []
for k, argv in enumerate(json.loads(sys.argv[1])):
    if os.fork() == 0:  # the child: one run of grpo.main, its output into two files
        for fd, name in ((1, "out"), (2, "err")):
            os.dup2(os.open(os.path.join(sys.argv[2], f"{k}.{name}"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
        sys.argv = ["grpo.py"] + argv  # argparse names the program after it
        try:
            code = grpo.main(argv)
        except SystemExit as e:
            code = e.code
        except BaseException:
            traceback.print_exc()
            code = 1
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code if isinstance(code, int) else 1)
    codes.append(os.waitstatus_to_exitcode(os.wait()[1]))
print(json.dumps(codes))
"""


def grpo_forked(argvs, tmp):
    """grpo.main on each argv as a shell would run it, each in a process forked from one that imported grpo once
    (22 shell runs spent 150 s importing torch and transformers), as grpo_cli returns them."""
    r = subprocess.run([sys.executable, "-c", FORKED, json.dumps(argvs), str(tmp)], capture_output=True, text=True,
                       timeout=600, cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT, OMP_NUM_THREADS="1"))
    assert r.returncode == 0, r.stderr[-3000:]
    read = lambda k, name: open(os.path.join(tmp, f"{k}.{name}")).read()
    codes = json.loads(r.stdout.splitlines()[-1])
    return [subprocess.CompletedProcess(argv, code, read(k, "out"), read(k, "err"))
            for k, (argv, code) in enumerate(zip(argvs, codes))]


def metrics(out):
    import json
    with open(os.path.join(out, "metrics.jsonl")) as f:
        return [json.loads(line) for line in f]


@pytest.fixture
def problems(tmp_path):
    path = tmp_path / "problems.jsonl"
    path.write_text("".join(json.dumps(dict(problem=f"What is {i % 9} + 1?", answer=str(i % 9 + 1), difficulty=i % 3))
                            + "\n" for i in range(64)))
    return str(path)


def tiny_args(tiny_model, problems, out):
    return ["--model", tiny_model, "--data", problems, "--out", out, "--max-prompt-len", "64", "--no-checkpointing",
            "--batch-prompts", "8", "--mini-batch-prompts", "4", "--n-samples", "4", "--max-len", "6",
            "--eval-benchmarks", f"toy={problems}", "--eval-n", "2", "--eval-every", "2", "--save-every", "2"]


@pytest.mark.slow
def test_a_signal_during_the_first_evaluation_stops_before_any_step(tmp_path, tiny_model, problems):
    """SIGTERM while the step-0 evaluation runs: the run stops after it (exit 128 + 15), with no step taken."""
    out = str(tmp_path / "run")
    code = ("import signal, sys, grpo\n"
            "evaluate_all = grpo.evaluate_all\n"
            "grpo.evaluate_all = lambda run: (signal.raise_signal(signal.SIGTERM), evaluate_all(run))[1]\n"
            "sys.exit(grpo.main(sys.argv[1:]))")
    r = subprocess.run([sys.executable, "-c", code] + tiny_args(tiny_model, problems, out) + ["--engine", "torch"],
                       capture_output=True, text=True, timeout=300, cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=ROOT, OMP_NUM_THREADS="1"))
    assert r.returncode == 143 and "stopped by signal at step 0" in r.stdout, r.stdout[-2000:] + r.stderr[-2000:]
    assert "finishing the step or evaluation under way" in r.stdout
    assert "step     0 | eval_toy" in r.stdout  # an evaluation-only line has no empty field ("step 0 |  | eval_toy")
    assert [row["step"] for row in metrics(out)] == [0] and "reward" not in metrics(out)[0]


@pytest.mark.slow
def test_a_stage_boundary_samples_the_full_length_evaluation_once(tmp_path, tiny_model, problems):
    """Stage 1 ends at step 2 with evaluations at 6 and 10 tokens; stage 2 (--max-len 8) starts there, samples its own
    limit and takes the 10-token figures over (its samples file is left as stage 1 wrote it)."""
    out = str(tmp_path / "run")
    common = ["--engine", "torch", "--eval-full-len", "10"]
    r = torchrun(tiny_args(tiny_model, problems, out) + common + ["--max-steps", "2"], nproc=1)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    full = os.path.join(out, "eval", "step_000002_len_10.jsonl")
    written = os.stat(full).st_mtime_ns
    r = torchrun(tiny_args(tiny_model, problems, out) + common + ["--max-steps", "3", "--max-len", "8"], nproc=1)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    at2 = [row for row in metrics(out) if row["step"] == 2]
    assert [row["max_len"] for row in at2] == [6, 8] and at2[0]["eval_toy_full"] == at2[1]["eval_toy_full"]
    assert at2[0]["eval_toy_len"] <= 6 and at2[1]["eval_toy_len"] <= 8  # each stage sampled its own limit
    assert [row["step"] for row in metrics(out) if "eval_toy" in row] == [0, 2, 2, 3]  # and each run's last step
    assert os.stat(full).st_mtime_ns == written and os.path.exists(os.path.join(out, "eval", "step_000002_len_8.jsonl"))


VOLATILE = ("t_", "tokens_per_s", "mfu")


@pytest.mark.slow
def test_resume_is_exact(tmp_path, tiny_model, problems):
    """4 steps straight == 2 steps, stop, resume, 2 steps: same weights, same metrics and evaluations (fp32 CPU).
    Step 2 was evaluated before the stop, so the resumed ranks must all skip its evaluation (a rank that did not
    would wait in another collective: the short timeout turns that hang into a failure)."""
    from safetensors.torch import load_file
    a, b = str(tmp_path / "straight"), str(tmp_path / "split")
    common = ["--engine", "torch", "--entropy-coef", "0.001", "--kl-coef", "0.01", "--dist-timeout-min", "2"]
    for out, stops in ((a, [4]), (b, [2, 4])):
        for s in stops:
            r = torchrun(tiny_args(tiny_model, problems, out) + common + ["--max-steps", str(s)])
            assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "resumed from" in r.stdout and "afresh" not in r.stdout
    wa = load_file(os.path.join(a, "checkpoints", "step_000004", "hf", "model.safetensors"))
    wb = load_file(os.path.join(b, "checkpoints", "step_000004", "hf", "model.safetensors"))
    assert wa.keys() == wb.keys() and all(torch.equal(wa[k], wb[k]) for k in wa)
    clean = lambda rows: [{k: v for k, v in row.items() if not k.startswith(VOLATILE)} for row in rows]
    assert clean(metrics(a)) == clean(metrics(b))
    assert [row["step"] for row in metrics(b) if "eval_toy" in row] == [0, 2, 4]
    # eval.py on the step-4 checkpoint, on as many ranks, draws the trainer's evaluation samples (chunks and seeds)
    r = torchrun(["--model", os.path.join(a, "checkpoints", "step_000004", "hf"), "--benchmarks", f"toy={problems}",
                  "--n-samples", "2", "--max-tokens", "6", "--max-prompt-tokens", "64", "--engine", "torch",
                  "--out", str(tmp_path / "eval")], script="eval.py")
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    with open(tmp_path / "eval" / "samples.jsonl") as f:
        by_eval = sorted((x["id"], x["sample"], x["response"]) for x in map(json.loads, f))
    with open(os.path.join(a, "eval", "step_000004_len_6.jsonl")) as f:
        assert by_eval == sorted((x["id"], x["sample"], x["response"]) for x in map(json.loads, f))
    assert json.load(open(tmp_path / "eval" / "report.json"))["toy"]["avg"] == metrics(a)[-1]["eval_toy"]
    # resuming behind the latest checkpoint would cut metrics.jsonl back, then collide with step_000004
    older = [["--resume", "none"], ["--resume", os.path.join(b, "checkpoints", "step_000002")]]
    # then, one after the other in processes forked from one that imported grpo once (as `python grpo.py` runs, on one
    # rank): the straight run once more, at its end already; and a longer context and more samples resuming from the
    # shorter stage, optimizer state and all (with DAPO's zero-variance filter: at chance most groups are all-wrong and
    # dropped); another seed would draw another prompt order, so the saved cursor is not taken, and the log says so
    longer = ["--max-steps", "5", "--max-len", "8", "--n-samples", "8", "--filter-zero-var", "--eval-every", "0", "--seed", "1"]
    *behind, done, r = grpo_forked([tiny_args(tiny_model, problems, b) + args for args in older]
                                   + [tiny_args(tiny_model, problems, a) + common + ["--max-steps", "4"],
                                      tiny_args(tiny_model, problems, b) + common + longer], tmp_path)
    for refused in behind:
        assert refused.returncode == 2 and "checkpoints past step" in refused.stderr, refused.stderr[-2000:]
    assert done.returncode == 0 and "already at --max-steps 4: nothing to train" in done.stdout, done.stdout[-2000:]
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "prompt order starts afresh" in r.stdout
    rows = metrics(b)
    assert len([x for x in rows if x["step"] <= 4]) == len(metrics(a))  # the refused runs cut nothing back
    assert [x["step"] for x in rows if "reward" in x] == [1, 2, 3, 4, 5] and rows[-1]["max_len"] == 8 and rows[-1]["n_samples"] == 8
    assert rows[-1]["zero_var_groups"] > 0
    trained = [x for x in rows if "reward" in x]  # a dropped mini-batch is no step, and no zeros in the means
    assert all(("kl" in x) == (x["updates"] > 0) and x["updates"] <= 2 for x in trained)
    assert all(x["skipped_steps"] == 0 for x in trained)  # skipped means a non-finite gradient, nothing else


@pytest.mark.slow
def test_two_ranks_with_vllm_end_to_end_and_resume_exact(tmp_path, tiny_model, problems):
    """The loop on vLLM, 2 ranks: a row per step, an eval row before any update, every push verified. Then its folder
    copied and cut back to the step-2 checkpoint, resumed for steps 3-4: a resumed engine starts from the base weights,
    is pushed the checkpoint's, and then samples what the uninterrupted one sampled (per-request seeds from (seed,
    step)). (A run that ends at step 2 and is resumed is test_resume_is_exact's, on the torch engine.)"""
    from safetensors.torch import load_file
    a, b = str(tmp_path / "straight"), str(tmp_path / "split")
    run = lambda out: torchrun(tiny_args(tiny_model, problems, out) + ["--engine", "vllm", "--max-steps", "4",  # noqa: E731
                                                                      "--eval-full-len", "10"])
    r = run(a)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    shutil.copytree(a, b)
    shutil.rmtree(os.path.join(b, "checkpoints", "step_000004"))
    r = run(b)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "resumed from" in r.stdout and "step_000002" in r.stdout and "afresh" not in r.stdout
    rows = metrics(a)
    assert [row["step"] for row in rows] == [0, 1, 2, 3, 4]
    assert "reward" not in rows[0] and {"eval_toy", "eval_toy_se", "eval_toy_full", "eval_toy_d2"} <= rows[0].keys()
    assert [row["step"] for row in rows if "eval_toy" in row] == [0, 2, 4]
    assert all(row["max_len"] == 6 for row in rows)
    assert all(x["probe_gap"] < 1e-4 for x in rows[1:])  # fp32 pushes into vLLM, checked every step
    assert rows[0]["eval_toy_truncated"] > rows[0]["eval_toy_full_truncated"]  # 6 tokens truncate more than 10
    with open(os.path.join(a, "eval", "step_000000_len_10.jsonl")) as f:
        assert len(f.readlines()) == 64 * 2
    for name in ("model.safetensors", "generation_config.json"):  # the base's stop ids, which both engines read
        assert os.path.exists(os.path.join(a, "checkpoints", "step_000004", "hf", name))
    assert os.path.exists(os.path.join(a, "curves.png"))
    wa = load_file(os.path.join(a, "checkpoints", "step_000004", "hf", "model.safetensors"))
    wb = load_file(os.path.join(b, "checkpoints", "step_000004", "hf", "model.safetensors"))
    assert wa.keys() == wb.keys() and all(torch.equal(wa[k], wb[k]) for k in wa)
    clean = lambda rows: [{k: v for k, v in row.items() if not k.startswith(VOLATILE + ("probe_gap",))} for row in rows]
    assert clean(metrics(a)) == clean(metrics(b))


@pytest.mark.slow
def test_bad_input_fails_before_work(tmp_path, tiny_model, problems, model_halves):
    """One line on stderr naming the problem, exit status 2, before any model is loaded. A second run into the --out of
    a live one (it holds <out>/.lock) would interleave metrics.jsonl and delete the other's checkpoint in the making."""
    import fcntl
    bad, live = tmp_path / "bad.jsonl", tmp_path / "live"
    live.mkdir()
    bad.write_text('{"problem": "1+1?", "answer": "2"}\n{"problem": "no answer"}\n')
    cases = ((["--data", str(bad)], "bad.jsonl line 2"),
             (["--batch-prompts", "6", "--mini-batch-prompts", "4"], "multiple"),
             (["--n-samples", "1"], "at least 2"),
             (["--tensorboard"], "pip install tensorboard"),
             (["--max-len", "5000"], "positions"),
             (["--eval-full-len", "5000"], "positions"),
             (["--save-every", "0"], "at least 1"), (["--mini-batch-prompts", "0"], "at least 1"),
             (["--max-len", "0"], "at least 1"), (["--temperature", "0"], "T > 0"),
             (["--top-p", "0"], "above 0"), (["--eval-full-len", "-5"], "at least 0"),
             (["--kl-coef", "-1"], "at least 0"), (["--eval-benchmarks", "a=x,a=y"], "name each benchmark once"),
             (["--push-tol", "-1"], "at least 0"), (["--gpu-memory-utilization", "1.5"], "at most 1"),
             (["--dist-timeout-min", "0"], "above 0"), (["--temperature", "nan"], "invalid finite value"),
             (["--dist-timeout-min", "inf"], "invalid finite value"),  # nan passed every range check
             (["--out", problems], "File exists"),
             (["--model", model_halves[0]], "has no tokenizer"),
             (["--model", "someone/no-such-model"], "not a local folder"),  # the hub says it in several lines
             (["--out", str(live)], "in use by another run (pid 1 on elsewhere)"))
    argvs = [tiny_args(tiny_model, problems, str(tmp_path / "o")) + args for args, _ in cases]
    with open(live / ".lock", "w") as lock:  # the live run, as grpo.lock_out holds it
        fcntl.flock(lock, fcntl.LOCK_EX)
        lock.write("pid 1 on elsewhere\n")
        lock.flush()
        runs = [grpo_cli(argvs[0])] + grpo_forked(argvs[1:], tmp_path)  # one from the shell
    for (args, msg), r in zip(cases, runs):
        last = r.stderr.strip().splitlines()[-1]  # a library may warn before it; a message cut in two ends elsewhere
        assert r.returncode == 2 and last.startswith("grpo.py:") and msg in last, (args, r.stderr[-2000:])
        assert "Traceback" not in r.stderr and "parameters" not in r.stdout  # no model was loaded
