"""bench_plan.py — how evenly one mini-batch's samples reach the ranks: grpo.plan (the whole mini-batch dealt
by length, the same micro-batch count everywhere) against keeping each rank's own groups and packing them
first-fit-decreasing (what grpo.py did before). The slowest rank sets the pace of every FSDP collective,
so the figure that matters is the largest per-rank token load against the mean. CPU only, seconds.

    python bench_plan.py    # prints a markdown table for RESULTS.md
"""

import argparse

import numpy as np

import grpo


def first_fit_decreasing(lengths, budget):
    bins, loads = [], []
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        b = next((b for b, load in enumerate(loads) if load + lengths[i] <= budget), None)
        if b is None:
            bins.append([]), loads.append(0)
            b = len(bins) - 1
        bins[b].append(i)
        loads[b] += lengths[i]
    return bins


def simulate(world, prompts, n, max_len, budget, seed):
    """Response lengths of R1-style rollouts: log-normal around max_len / 3, a tail cut at max_len
    (the truncated ones), the n samples of a prompt correlated through a per-prompt difficulty."""
    rng = np.random.default_rng(seed)
    hard = rng.normal(0, 0.5, prompts).repeat(n)
    resp = np.minimum(max_len, np.exp(np.log(max_len / 3) + hard + rng.normal(0, 0.4, prompts * n))).astype(int)
    lengths = list(resp + rng.integers(60, 400, prompts).repeat(n))  # + prompt
    per = prompts // world * n  # rank r owns groups r*per .. (r+1)*per as the sampler deals them
    own = [list(range(r * per, (r + 1) * per)) for r in range(world)]
    old = [[[own[r][j] for j in b] for b in first_fit_decreasing([lengths[i] for i in own[r]], budget)]
           for r in range(world)]
    k = max(map(len, old))
    old = [m + [[]] * (k - len(m)) for m in old]  # short ranks ran empty micro-batches to keep step
    return lengths, old, grpo.plan(lengths, world, budget)


def figures(lengths, micro):
    loads = [sum(lengths[i] for b in m for i in b) for m in micro]
    return (max(loads) / np.mean(loads), len(micro[0]), sum(not b for m in micro for b in m),
            max(sum(lengths[i] for i in b) for m in micro for b in m))


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()  # no flags; --help says what it is
    print("| world | prompts × n | max_len | budget | scheme | max/mean rank tokens | micro-batches | empty | largest micro-batch |")
    print("|---|---|---|---|---|---|---|---|---|")
    for world, prompts, n, max_len in ((8, 64, 8, 8192), (32, 64, 16, 16384), (32, 64, 16, 24576)):
        budget = 32768
        rows = {"per-rank FFD (before)": [], "grpo.plan": []}
        for seed in range(20):
            lengths, old, new = simulate(world, prompts, n, max_len, budget, seed)
            rows["per-rank FFD (before)"].append(figures(lengths, old))
            rows["grpo.plan"].append(figures(lengths, new))
        for name, r in rows.items():
            a = np.array(r, dtype=float)
            print(f"| {world} | {prompts} × {n} | {max_len} | {budget} | {name} | {a[:, 0].mean():.3f} (worst {a[:, 0].max():.3f}) "
                  f"| {a[:, 1].mean():.1f} | {a[:, 2].mean():.1f} | {int(a[:, 3].max())} |")
    print("\nmean over 20 simulated mini-batches; 'empty' counts micro-batches with no sample, all ranks")
