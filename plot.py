"""The figures of the DeepScaleR blog, drawn from a run's metrics.jsonl: held-out pass@1 against step with
±1 standard error bars, mean reward and mean response length (moving averages over the raw curve), the
fraction of truncated responses, KL to the reference and entropy; pass@1 by difficulty when the run logs it.
Stage boundaries (where `max_len` changes: 8K → 16K → 24K) are dashed lines labelled with the new length.

    python plot.py runs/deepscaler                     # → curves.png (all panels) + one PNG per figure
    python plot.py runs/deepscaler --window 50         # smoother
    python plot.py runs/a runs/b --compare ab.png      # several runs on the same axes (e.g. --reset-optimizer)

Rows carry `step` and `max_len`; eval rows add `eval_<bench>` (avg@n at the stage's length) and `_se`,
`eval_<bench>_full` (at an unlimited length, dashed) and `_full_se`, `eval_<bench>_d<k>` per difficulty. A row
may hold some keys only (the step-0 eval comes before any update): a curve takes the rows that have its key.
"""
import argparse
import json
import math
import os
import re
import sys

import matplotlib

matplotlib.use("Agg")  # files only: cluster nodes have no display
import matplotlib.pyplot as plt

# (file name, title, metrics key; "eval" / "difficulty": the eval_* keys, drawn as points with error bars)
FIGURES = [("eval", "held-out pass@1 (avg@n, ±1 SE)", "eval"), ("reward", "mean reward", "reward"),
           ("length", "mean response length (tokens)", "response_len"),
           ("truncation", "truncated responses (fraction)", "truncated"), ("kl", "KL to the reference (k3)", "kl"),
           ("entropy", "entropy (nats / token)", "entropy"),
           ("difficulty", "held-out pass@1 by difficulty", "difficulty")]


def load(run_dir):
    """Metrics rows sorted by step, the rows of one step and stage merged (a later one wins: a resumed run
    rewrites steps). A stage's first evaluation shares its step with the last of the stage before, as two
    rows: the staircase. A half-written last line (a run killed mid-write) is skipped; any other is an error."""
    path, rows = os.path.join(run_dir, "metrics.jsonl"), {}
    lines = open(path).read().splitlines()
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
            key = row["step"], row.get("max_len")
            rows[key] = {**rows.get(key, {}), **row}
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            if n < len(lines):
                raise ValueError(f"{path} line {n}: not a metrics row with a step ({type(e).__name__}: {e})") from None
    return sorted(rows.values(), key=lambda r: r["step"])  # stable: stages in the order they ran


def moving_average(values, window):
    """Trailing mean of the last `window` values (fewer at the start); NaN/None values are ignored."""
    out = []
    for i in range(len(values)):
        seen = [v for v in values[max(0, i - window + 1):i + 1] if v is not None and not math.isnan(v)]
        out.append(sum(seen) / len(seen) if seen else math.nan)
    return out


def length_label(n):
    return f"{n // 1024}K" if n % 1024 == 0 else str(n)


def stages(rows):
    """[(step, max_len)]: where each stage starts. A later stage starts at the last step of the one
    before, the checkpoint it resumed from (the blog's "16K at step 1040"); the first at the first row."""
    rows = [r for r in rows if "max_len" in r]
    out = [(rows[0]["step"], rows[0]["max_len"])] if rows else []
    for prev, row in zip(rows, rows[1:]):
        if row["max_len"] != prev["max_len"]:
            out.append((prev["step"], row["max_len"]))
    return out


def eval_keys(rows, by_difficulty=False):
    """The pass@1 keys (not their _se, _len, _truncated), sorted: per difficulty (eval_<bench>_d<k>) or not."""
    keys = {k for r in rows for k in r if k.startswith("eval_") and not k.endswith(("_se", "_len", "_truncated"))}
    return sorted(k for k in keys if bool(re.search(r"_d\d+$", k)) == by_difficulty)


def series(rows, key):
    """(steps, values, standard errors) of the rows that have `key`; a missing SE is 0."""
    pts = [(r["step"], r[key], r.get(key + "_se", 0.0)) for r in rows if r.get(key) is not None]
    return tuple(map(list, zip(*pts))) if pts else ([], [], [])


def draw(ax, runs, title, key, window):
    """One panel: every run's curves, then its stage boundaries. Returns False when nothing to draw."""
    drawn, c = False, 0
    for name, rows in runs:
        prefix = f"{name} " if len(runs) > 1 else ""
        if key in ("eval", "difficulty"):  # sparse points, each with its error bar
            for k in eval_keys(rows, key == "difficulty"):
                x, y, se = series(rows, k)
                ax.errorbar(x, y, yerr=se, marker="o", ms=3, capsize=2, color=f"C{c}", label=prefix + k[5:],
                            ls="--" if k.endswith("_full") else "-")
                drawn, c = True, c + 1
        else:
            x, y, _ = series(rows, key)
            if x:
                ax.plot(x, y, color=f"C{c}", alpha=0.25, lw=0.8)
                ax.plot(x, moving_average(y, window), color=f"C{c}", lw=1.6, label=name if len(runs) > 1 else None)
                drawn, c = True, c + 1
        for k, (step, max_len) in enumerate(stages(rows) if drawn else []):
            if k:  # the first stage has a label but no line
                ax.axvline(step, color="gray", ls="--", lw=0.8)
            ax.text(step, 1.0, " " + length_label(max_len), transform=ax.get_xaxis_transform(), va="top",
                    fontsize=8, color="dimgray")
    if not drawn:
        ax.text(0.5, 0.5, f"no {key} values in metrics", ha="center", transform=ax.transAxes, color="gray")
    ax.set(title=title, xlabel="step")
    ax.grid(alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8)
    return drawn


def _figure(runs, figures, window, path, note, always=False):
    """The panels of `figures` (two rows of them, or one alone) into `path`, when one has data or `always`."""
    cols = math.ceil(len(figures) / 2)
    fig, axes = plt.subplots(min(2, len(figures)), cols, figsize=(5.3 * cols, 4.5 * min(2, len(figures))),
                             squeeze=False, constrained_layout=True)
    drawn = [draw(ax, runs, title, key, window) for ax, (_, title, key) in zip(axes.flat, figures)]
    for ax in axes.flat[len(figures):]:
        ax.set_axis_off()
    if any(drawn) or always:
        fig.suptitle(note, fontsize=10).figure.savefig(path, dpi=100)
    plt.close(fig)
    return any(drawn) or always


def plot(runs, out_dir, window=20, curves_name="curves.png", singles=True):
    """curves.png with every panel, and (singles) one PNG per figure that has data. Returns the paths."""
    os.makedirs(out_dir, exist_ok=True)
    figures = [f for f in FIGURES if f[0] != "difficulty" or any(eval_keys(rows, True) for _, rows in runs)]
    note = f"{', '.join(n for n, _ in runs)}: faint lines per step, bold lines a moving average over {window} steps"
    paths = [os.path.join(out_dir, curves_name)]
    _figure(runs, figures, window, paths[0], note, always=True)
    for f in figures if singles else []:
        if _figure(runs, [f], window, os.path.join(out_dir, f[0] + ".png"), note):
            paths.append(os.path.join(out_dir, f[0] + ".png"))
    return paths


def plot_run(run_dir, window=20):
    """The PNGs of one run, written into its folder (grpo.py calls this at the end of a run)."""
    rows = load(run_dir)
    return plot([(os.path.basename(os.path.normpath(run_dir)), rows)], run_dir, window) if rows else []


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run_dirs", nargs="+", help="run folders holding metrics.jsonl")
    parser.add_argument("--window", type=int, default=20, help="moving-average window, in steps")
    parser.add_argument("--compare", default="", help="also draw all runs on one figure, into this PNG")
    args = parser.parse_args(argv)
    try:
        if args.window < 1:
            raise ValueError(f"--window {args.window}: must be at least 1")
        runs = [(os.path.basename(os.path.normpath(d)), load(d)) for d in args.run_dirs]  # every file read first
        for run_dir, run in zip(args.run_dirs, runs):
            print("\n".join(plot([run], run_dir, args.window) if run[1] else [f"{run_dir}: no metrics yet"]))
        if args.compare:
            out_dir, name = os.path.split(os.path.abspath(args.compare))
            print(plot(runs, out_dir, args.window, curves_name=name, singles=False)[0])
    except (ValueError, OSError) as e:  # a missing file, a bad row, a bad flag value: one line, no traceback
        print("plot:", " ".join(str(e).split()), file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
