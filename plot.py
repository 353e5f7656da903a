"""
The figures of the DeepScaleR blog, drawn from a run's metrics.jsonl: eval accuracy (AIME) against
step, mean reward and mean response length (moving averages over the raw curve), the fraction of
truncated responses, KL to the reference and entropy. Stage boundaries (where `max_len` changes:
8K → 16K → 24K) are vertical lines labelled with the new context length.

    python plot.py runs/deepscaler                     # → curves.png (all panels) + one PNG per figure
    python plot.py runs/deepscaler --window 50         # smoother
    python plot.py runs/a runs/b --compare ab.png      # several runs on the same axes (e.g. --reset-optimizer)

grpo.py calls plot_run(out) when a run ends, so every run folder has its curves.
"""
import argparse
import json
import math
import os

import matplotlib

matplotlib.use("Agg")  # files only: cluster nodes have no display
import matplotlib.pyplot as plt

# (file name, title, metrics key; None = every eval_* key, drawn as points since evals are sparse)
FIGURES = [
    ("eval", "eval pass@1 (mean over samples)", None),
    ("reward", "mean reward", "reward"),
    ("length", "mean response length (tokens)", "response_len"),
    ("truncation", "truncated responses (fraction)", "truncated"),
    ("kl", "KL to the reference (k3)", "kl"),
    ("entropy", "entropy (nats / token)", "entropy"),
]


def load(run_dir):
    """Metrics rows sorted by step. A resumed run may have rewritten steps; the last row of a step
    wins. A half-written last line (a run killed mid-write) is skipped."""
    rows = {}
    with open(os.path.join(run_dir, "metrics.jsonl")) as f:
        for line in f:
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            rows[row["step"]] = row
    return [rows[s] for s in sorted(rows)]


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
    out = [(rows[0]["step"], rows[0]["max_len"])] if rows else []
    for prev, row in zip(rows, rows[1:]):
        if row["max_len"] != prev["max_len"]:
            out.append((prev["step"], row["max_len"]))
    return out


def draw(ax, runs, title, key, window):
    """One panel: every run's curve, then its stage boundaries. Returns False when nothing to draw."""
    drawn = False
    for i, (name, rows) in enumerate(runs):
        color = f"C{i}"
        prefix = f"{name} " if len(runs) > 1 else ""
        steps = [r["step"] for r in rows]
        if key is None:  # eval keys exist only on eval steps
            benches = sorted({k for r in rows for k in r if k.startswith("eval_")})
            for j, k in enumerate(benches):
                pts = [(r["step"], r[k]) for r in rows if k in r]
                ax.plot(*zip(*pts), marker="o", ms=3, color=f"C{i * len(benches) + j}", label=prefix + k[5:])
                drawn = True
        elif any(key in r for r in rows):
            y = [r.get(key) for r in rows]
            ax.plot(steps, [math.nan if v is None else v for v in y], color=color, alpha=0.25, lw=0.8)
            ax.plot(steps, moving_average(y, window), color=color, lw=1.6, label=name if len(runs) > 1 else None)
            drawn = True
        for k, (step, max_len) in enumerate(stages(rows) if drawn else []):
            if k:  # the first stage has a label but no line
                ax.axvline(step, color=color if len(runs) > 1 else "gray", ls="--", lw=0.8)
            ax.text(step, 1.0, " " + length_label(max_len), transform=ax.get_xaxis_transform(), va="top",
                    fontsize=8, color="dimgray")
    if not drawn:
        ax.text(0.5, 0.5, "no data (eval off?)" if key is None else f"no '{key}' in metrics", ha="center",
                transform=ax.transAxes, color="gray")
        ax.set_xticks([])
        ax.set_yticks([])
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("step")
    ax.grid(alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8)
    return drawn


def plot(runs, out_dir, window=20, curves_name="curves.png", singles=True):
    """curves.png with every panel, and (singles) one PNG per figure that has data. Returns the paths."""
    os.makedirs(out_dir, exist_ok=True)
    note = f"{', '.join(name for name, _ in runs)}: faint lines per step, bold lines a moving average over {window} steps"
    fig, axes = plt.subplots(2, 3, figsize=(16, 8.5), constrained_layout=True)
    for ax, (_, title, key) in zip(axes.flat, FIGURES):
        draw(ax, runs, title, key, window)
    fig.suptitle(note, fontsize=11)
    paths = [os.path.join(out_dir, curves_name)]
    fig.savefig(paths[0], dpi=100)
    plt.close(fig)
    for name, title, key in FIGURES if singles else []:
        fig, ax = plt.subplots(figsize=(7, 4.5), constrained_layout=True)
        if draw(ax, runs, title, key, window):
            fig.suptitle(note, fontsize=8)
            paths.append(os.path.join(out_dir, name + ".png"))
            fig.savefig(paths[-1], dpi=100)
        plt.close(fig)
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
    for run_dir in args.run_dirs:
        for path in plot_run(run_dir, args.window) or [f"{run_dir}: no metrics yet"]:
            print(path)
    if args.compare:
        runs = [(os.path.basename(os.path.normpath(d)), load(d)) for d in args.run_dirs]
        out_dir, name = os.path.split(os.path.abspath(args.compare))
        print(plot(runs, out_dir, args.window, curves_name=name, singles=False)[0])


if __name__ == "__main__":
    main()
