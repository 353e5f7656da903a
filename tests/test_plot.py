"""plot.py on a synthetic three-stage metrics stream in the trainer's contract (eval-only rows, eval keys with
their SE, at the stage's length and unlimited, per difficulty): what each curve takes, error bars, stage
lines, valid PNGs, and errors (one line, exit status 2). (The PNGs of a real run are checked in test_train_sh.py.)"""
import json
import os
import subprocess
import sys

import matplotlib.pyplot as plt
import pytest
from matplotlib.container import ErrorbarContainer
from PIL import Image

import plot

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write_metrics(run_dir, n=30, eval_every=5, broken_tail=False):
    """An eval-only row at step 0, then steps 1..n over three stages (lengths 16 / 32 / 48, a third each);
    every eval_every steps an eval row of its own (as the trainer writes it) with SEs and two difficulties."""
    os.makedirs(run_dir, exist_ok=True)
    stage = lambda step: 16 * (1 + 3 * max(step - 1, 0) // n)  # noqa: E731
    evals = lambda step: dict(eval_aime=0.2 + step / (2 * n), eval_aime_se=0.05,  # noqa: E731
                              eval_aime_full=0.3 + step / (2 * n), eval_aime_full_se=0.06, eval_aime_d1=0.5,
                              eval_aime_d2=0.1, eval_aime_full_d1=0.6, eval_aime_full_d2=0.2,
                              eval_aime_len=40.0, eval_aime_truncated=0.3)
    with open(os.path.join(run_dir, "metrics.jsonl"), "w") as f:
        if eval_every:
            f.write(json.dumps(dict(step=0, max_len=stage(0), **evals(0))) + "\n")
        for step in range(1, n + 1):
            f.write(json.dumps(dict(step=step, max_len=stage(step), reward=step / n, response_len=10 + step % 3,
                                    truncated=0.1, kl=1e-3 * step, entropy=1.0 - step / (2 * n))) + "\n")
            if eval_every and step % eval_every == 0:
                f.write(json.dumps(dict(step=step, max_len=stage(step), **evals(step))) + "\n")
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
    rows = [dict(step=s, max_len=m, kl=0.1) for s, m in [(1, 8192), (2, 8192), (3, 16384), (4, 16384), (5, 24576)]]
    assert plot.stages(rows) == [(1, 8192), (2, 16384), (4, 24576)]
    fig, ax = plt.subplots()
    assert plot.draw(ax, [("run", rows + [dict(step=6, max_len=48)])], "kl", "kl", 4)
    assert [t.get_text() for t in ax.texts] == [" 8K", " 16K", " 24K", " 48"]  # each stage labelled with its length
    plt.close(fig)


def test_a_stage_boundary_keeps_both_evaluations(tmp_path):
    """Stage 1 ends with an eval at its limit; stage 2 starts at the same step with one at its own."""
    rows = [dict(step=2, max_len=48, reward=0.5, eval_x=0.5), dict(step=2, max_len=72, eval_x=0.8),
            dict(step=3, max_len=72, reward=0.6)]
    (tmp_path / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    loaded = plot.load(str(tmp_path))
    assert plot.series(loaded, "eval_x")[:2] == ([2, 2], [0.5, 0.8])  # a step up, not one point overwritten
    assert plot.stages(loaded) == [(2, 48), (2, 72)]


def test_moving_average():
    assert plot.moving_average([1, 2, 3, 4], 2) == [1, 1.5, 2.5, 3.5]
    assert plot.moving_average([1, None, float("nan"), 3], 3) == [1, 1, 1, 3]


def test_each_curve_takes_the_rows_with_its_key(tmp_path):
    write_metrics(str(tmp_path), broken_tail=True)
    rows = plot.load(str(tmp_path))
    assert [r["step"] for r in rows] == list(range(31))  # eval rows merged into their step; the cut line skipped
    assert rows[5]["reward"] == 5 / 30 and rows[5]["eval_aime"] == 0.2 + 5 / 60
    assert plot.eval_keys(rows) == ["eval_aime", "eval_aime_full"]
    assert plot.eval_keys(rows, by_difficulty=True) == ["eval_aime_d1", "eval_aime_d2", "eval_aime_full_d1",
                                                        "eval_aime_full_d2"]
    steps, values, se = plot.series(rows, "eval_aime")
    assert steps == [0, 5, 10, 15, 20, 25, 30] and values[0] == 0.2 and se == [0.05] * 7
    assert plot.series(rows, "reward")[0] == list(range(1, 31))  # the step-0 row has no reward: not a point
    assert plot.series(rows, "eval_aime_d1")[2] == [0.0] * 7  # no SE logged: a bar of 0
    assert plot.stages(rows) == [(0, 16), (10, 32), (20, 48)]


def test_eval_panel_has_error_bars_and_stage_lines(tmp_path):
    write_metrics(str(tmp_path))
    fig, ax = plt.subplots()
    assert plot.draw(ax, [("run", plot.load(str(tmp_path)))], "eval", "eval", 4)
    bars = [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    assert [c.get_label() for c in bars] == ["aime", "aime_full"]
    lows = bars[0].lines[1][0].get_ydata()  # the lower caps sit one SE under each point
    assert lows == pytest.approx([0.2 + s / 60 - 0.05 for s in range(0, 31, 5)])
    assert sorted(line.get_xdata()[0] for line in ax.lines if line.get_linestyle() == "--" and
                  len(set(line.get_xdata())) == 1) == [10, 20]  # 16 -> 32 at step 10, 32 -> 48 at step 20
    assert not plot.draw(ax, [("run", [dict(step=1, max_len=16)])], "kl", "kl", 4)
    plt.close(fig)


def test_an_unlimited_curve_is_dashed_in_its_limited_twin_s_colour(tmp_path):
    """By difficulty, eval_aime_full_d1 is drawn as eval_aime_d1 is, dashed (they were two solid lines in colours that
    the cycle of 10 reused for other difficulties); the first stage's label sits inside the axes."""
    write_metrics(str(tmp_path))
    fig, (ax, kl) = plt.subplots(1, 2)
    assert plot.draw(ax, [("run", plot.load(str(tmp_path)))], "difficulty", "difficulty", 4)
    style = {c.get_label(): (c.lines[0].get_color(), c.lines[0].get_linestyle()) for c in ax.containers}
    assert style["aime_full_d1"][0] == style["aime_d1"][0] != style["aime_d2"][0] == style["aime_full_d2"][0]
    assert [style[k][1] for k in ("aime_d1", "aime_full_d1")] == ["-", "--"]
    legend = ax.get_legend()  # its keys dashed as their curves (an error bar's key drew solid), beside the panel
    keys = {t.get_text(): h.get_linestyle() for t, h in zip(legend.get_texts(), legend.legend_handles)}
    assert [keys[k] for k in ("aime_d1", "aime_full_d1")] == ["-", "--"]
    fig.canvas.draw()
    assert legend.get_window_extent().x0 > ax.get_window_extent().x1
    assert plot.draw(kl, [("run", plot.load(str(tmp_path)))], "kl", "kl", 4)  # kl starts at step 1, the stage at 0
    assert kl.texts[0].get_position()[0] >= kl.get_xlim()[0]
    plt.close(fig)


@pytest.mark.slow
def test_plot_run_writes_pngs(tmp_path):
    run = str(tmp_path / "run")
    write_metrics(run)
    paths = plot.plot_run(run, window=4)
    assert [os.path.basename(p) for p in paths] == ["curves.png", "eval.png", "reward.png", "length.png",
                                                   "truncation.png", "kl.png", "entropy.png", "difficulty.png"]
    for p in paths:
        assert os.path.dirname(p) == run
        assert_png(p)


@pytest.mark.slow
def test_cli_without_eval_and_compare(tmp_path):
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    write_metrics(a, eval_every=0)
    write_metrics(b, n=20)
    out = subprocess.run([sys.executable, os.path.join(ROOT, "plot.py"), a, b, "--window", "3",
                          "--compare", str(tmp_path / "ab.png")], capture_output=True, text=True, check=True).stdout
    assert not os.path.exists(os.path.join(a, "eval.png"))  # no eval steps, no eval figure
    assert not os.path.exists(os.path.join(a, "difficulty.png")) and os.path.exists(os.path.join(b, "eval.png"))
    for p in out.split():
        assert_png(p)
    assert str(tmp_path / "ab.png") in out.split()


def test_errors_are_one_line_with_status_2(tmp_path, capsys):
    write_metrics(str(tmp_path / "ok"))
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "metrics.jsonl").write_text('{"step": 1}\n{"reward": 0.5}\n{"step": 3}\n')
    cases = [([str(tmp_path / "missing")], "missing/metrics.jsonl"),
             ([str(tmp_path / "bad")], "bad/metrics.jsonl line 2: not a metrics row"),
             ([str(tmp_path / "ok"), "--window", "0"], "--window 0: must be at least 1")]
    for args, what in cases:
        with pytest.raises(SystemExit) as e:
            plot.main(args)
        err = capsys.readouterr().err
        assert e.value.code == 2 and err.startswith("plot: ") and err.count("\n") == 1 and what in err, err
    assert not os.path.exists(tmp_path / "ok" / "curves.png")  # --window was checked before drawing
    p = subprocess.run([sys.executable, os.path.join(ROOT, "plot.py"), str(tmp_path / "bad")], capture_output=True,
                       text=True)  # as a user meets it: no traceback
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "Traceback" not in p.stderr, p.stderr
