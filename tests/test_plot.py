"""plot.py on a synthetic three-stage metrics stream: stage boundaries, moving average, valid PNGs.
(The PNGs of a real run are checked in test_train_sh.py.)"""
import json
import os
import subprocess
import sys

from PIL import Image

import plot

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write_metrics(run_dir, n=30, eval_every=5, broken_tail=False):
    """Steps 1..n over three stages (lengths 16 / 32 / 48, a third each), eval keys on some steps."""
    os.makedirs(run_dir, exist_ok=True)
    with open(os.path.join(run_dir, "metrics.jsonl"), "w") as f:
        for step in range(1, n + 1):
            row = dict(step=step, max_len=16 * (1 + 3 * (step - 1) // n), reward=step / n, response_len=10 + step % 3,
                       truncated=0.1, kl=1e-3 * step, entropy=1.0 - step / (2 * n))
            if eval_every and step % eval_every == 0:
                row["eval_aime"] = 0.2 + step / (2 * n)
            f.write(json.dumps(row) + "\n")
        if broken_tail:
            f.write('{"step": 31, "max_len"')  # a run killed mid-write


def assert_png(path):
    with open(path, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    with Image.open(path) as im:
        im.verify()
    with Image.open(path) as im:
        assert im.size[0] > 300 and im.size[1] > 200


def test_stages_and_labels():
    rows = [dict(step=s, max_len=m) for s, m in [(1, 8192), (2, 8192), (3, 16384), (4, 16384), (5, 24576)]]
    assert plot.stages(rows) == [(1, 8192), (2, 16384), (4, 24576)]
    assert [plot.length_label(m) for _, m in plot.stages(rows)] == ["8K", "16K", "24K"]
    assert plot.length_label(48) == "48"


def test_moving_average():
    assert plot.moving_average([1, 2, 3, 4], 2) == [1, 1.5, 2.5, 3.5]
    assert plot.moving_average([1, None, float("nan"), 3], 3) == [1, 1, 1, 3]


def test_plot_run_writes_pngs(tmp_path):
    run = str(tmp_path / "run")
    write_metrics(run, broken_tail=True)
    assert [r["step"] for r in plot.load(run)] == list(range(1, 31))
    paths = plot.plot_run(run, window=4)
    names = [os.path.basename(p) for p in paths]
    assert names == ["curves.png", "eval.png", "reward.png", "length.png", "truncation.png", "kl.png", "entropy.png"]
    for p in paths:
        assert os.path.dirname(p) == run
        assert_png(p)


def test_cli_without_eval_and_compare(tmp_path):
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    write_metrics(a, eval_every=0)
    write_metrics(b, n=20)
    out = subprocess.run([sys.executable, os.path.join(ROOT, "plot.py"), a, b, "--window", "3",
                          "--compare", str(tmp_path / "ab.png")], capture_output=True, text=True, check=True).stdout
    assert not os.path.exists(os.path.join(a, "eval.png"))  # no eval steps, no eval figure
    assert os.path.exists(os.path.join(b, "eval.png"))
    for p in out.split():
        assert_png(p)
    assert str(tmp_path / "ab.png") in out.split()
