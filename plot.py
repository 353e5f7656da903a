"""The DeepScaleR blog's figures from a run's metrics.jsonl (FIGURES), pass@1 with ±1 SE error bars, stage
boundaries (where `max_len` changes: 8K → 16K → 24K) as dashed lines labelled with the new length.

    python plot.py runs/deepscaler [--window 50]       # → curves.png (all panels) + one PNG per figure
    python plot.py runs/a runs/b --compare ab.png      # several runs on the same axes (e.g. --reset-optimizer)

Rows carry `step` and `max_len`, eval rows `eval_<bench>` (avg@n at the stage's length), `eval_<bench>_full` (at an
unlimited length, dashed), `eval_<bench>_d<k>` (per difficulty), each with its `_se`. A curve takes the rows that have
its key (the step-0 eval comes before any update)."""
import argparse
import json
import math
import os
import sys

import matplotlib

matplotlib.use("Agg")  # files only: cluster nodes have no display
import matplotlib.pyplot as plt
from matplotlib.container import ErrorbarContainer

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
            rows.setdefault((row["step"], row.get("max_len")), {}).update(row)
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            if n < len(lines):
                raise ValueError(f"{path} line {n}: not a metrics row with a step ({type(e).__name__}: {e})") from None
    return sorted(rows.values(), key=lambda r: r["step"])  # stable: stages in the order they ran


def moving_average(values, window):
    """Trailing mean of the last `window` values (fewer at the start); NaN/None values are ignored."""
    seen = [[v for v in values[max(0, i - window + 1):i + 1] if v is not None and not math.isnan(v)]
            for i in range(len(values))]
    return [sum(s) / len(s) if s else math.nan for s in seen]


def stages(rows):
    """[(step, max_len)]: where each stage starts. A later stage starts at the last step of the one
    before, the checkpoint it resumed from (the blog's "16K at step 1040"); the first at the first row."""
    rows = [r for r in rows if "max_len" in r]
    return [(prev["step"], row["max_len"]) for prev, row in zip(rows[:1] + rows, rows)
            if prev is row or row["max_len"] != prev["max_len"]]


def eval_keys(rows, by_difficulty=False):
    """The pass@1 keys (not their _se, _len, _truncated), sorted: per difficulty (eval_<bench>_d<k>) or not."""
    keys = {k for r in rows for k in r if k.startswith("eval_") and not k.endswith(("_se", "_len", "_truncated"))}
    return sorted(k for k in keys if k.rsplit("_d", 1)[-1].isdigit() == by_difficulty)


def series(rows, key):
    """(steps, values, standard errors) of the rows that have `key`; a missing SE is 0."""
    pts = [(r["step"], r[key], r.get(key + "_se", 0.0)) for r in rows if r.get(key) is not None]
    return tuple(map(list, zip(*pts))) if pts else ([], [], [])


def draw(ax, runs, title, key, window):
    """One panel: every run's curves, then its stage boundaries. Returns False when nothing to draw."""
    drawn, c, many, sparse = False, 0, len(runs) > 1, key in ("eval", "difficulty")
    for name, rows in runs:
        keys = eval_keys(rows, key == "difficulty") if sparse else [key]
        colours = {b: f"C{(c + j) % 10}" for j, b in enumerate(dict.fromkeys(k.replace("_full", "") for k in keys))}
        for k in keys:  # eval_aime_full_d3 is drawn as eval_aime_d3 is, dashed
            x, y, se = series(rows, k)
            if not (x or sparse):
                continue
            colour = colours[k.replace("_full", "")]
            if sparse:  # few points, each with its error bar
                ax.errorbar(x, y, yerr=se, marker="o", ms=3, capsize=2, color=colour,
                            label=(f"{name} " if many else "") + k[5:], ls="--" if "_full" in k else "-")
            else:  # the raw curve faint, its moving average bold
                ax.plot(x, y, color=colour, alpha=0.25, lw=0.8)
                ax.plot(x, moving_average(y, window), color=colour, lw=1.6, label=name if many else None)
            drawn = True
        c += len(colours)
        for k, (step, n) in enumerate(stages(rows) if drawn else []):
            if k:  # the first stage has a label but no line, inside the axes when the data start later
                ax.axvline(step, color="gray", ls="--", lw=0.8)
            ax.text(step if k else max(step, ax.get_xlim()[0]), 1.0, f" {n // 1024}K" if n % 1024 == 0 else f" {n}",
                    transform=ax.get_xaxis_transform(), va="top", fontsize=8, color="dimgray")
    if not drawn:
        ax.text(0.5, 0.5, f"no {key} values in metrics", ha="center", transform=ax.transAxes, color="gray")
    ax.set(title=title, xlabel="step")
    ax.grid(alpha=0.3)
    handles, labels = ax.get_legend_handles_labels()
    if handles:  # beside the panel, not over its points; an error bar's key is its line (with its dashes), not its bars
        handles = [h.lines[0] if isinstance(h, ErrorbarContainer) else h for h in handles]
        ax.legend(handles, labels, fontsize=7 if len(handles) > 8 else 8, ncol=2 if len(handles) > 8 else 1,
                  handlelength=3, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    return drawn


def plot(runs, path, window=20, singles=True):
    """`path` with every panel, and (singles) beside it a PNG per figure that has data. Returns the paths."""
    out_dir, paths = os.path.dirname(path), []
    os.makedirs(out_dir, exist_ok=True)
    figures = [f for f in FIGURES if f[0] != "difficulty" or any(eval_keys(rows, True) for _, rows in runs)]
    note = f"{', '.join(n for n, _ in runs)}: faint lines per step, bold lines a moving average over {window} steps"
    for out, group in [(path, figures)] + [(os.path.join(out_dir, f[0] + ".png"), [f]) for f in figures if singles]:
        nrows, cols = min(2, len(group)), math.ceil(len(group) / 2)  # two rows of panels, or one alone
        fig = plt.figure(figsize=(5.3 * cols, 4.5 * nrows), constrained_layout=True)
        drawn = [draw(fig.add_subplot(nrows, cols, i + 1), runs, title, key, window)
                 for i, (_, title, key) in enumerate(group)]
        if any(drawn) or out == path:  # the figure of all panels is written even when empty
            fig.suptitle(note, fontsize=10).figure.savefig(out, dpi=100)
            paths.append(out)
        plt.close(fig)
    return paths


def plot_run(run_dir, window=20):
    """The PNGs of one run, written into its folder (grpo.py calls this at the end of a run)."""
    run = (os.path.basename(os.path.normpath(run_dir)), load(run_dir))
    return plot([run], os.path.join(run_dir, "curves.png"), window) if run[1] else []


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
        for d, run in zip(args.run_dirs, runs):
            paths = plot([run], os.path.join(d, "curves.png"), args.window) if run[1] else [f"{d}: no metrics yet"]
            print("\n".join(paths))
        if args.compare:
            print(plot(runs, os.path.abspath(args.compare), args.window, singles=False)[0])
    except (ValueError, OSError) as e:  # a missing file, a bad row, a bad flag value: one line, no traceback
        print("plot:", " ".join(str(e).split()), file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
