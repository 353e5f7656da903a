"""bench_reward.py — reward.py against math-verify (PyPI) on the same labelled sets, in one run.

Blocks, each response grown into a realistic one (thousands of tokens of reasoning, `</think>`, a written-up
solution, then the box); both graders follow the same protocol (no `</think>` → 0; the text after it is
graded), and math-verify's golds are parsed once, outside its clock.
- labelled: the table of tests/test_reward.py (real golds rewritten or near-missed, format failures).
- rules: issue 11's rules as positive/negative pairs plus what a policy might try (tests/test_reward.py
  RULES and GAMES). In-sample: the grader was changed until they passed.
- held-out: tests/reward_heldout.py, written before the grader was changed and not looked at while tuning.
- held-out 2: tests/reward_heldout{2..269}.py, more sets written without reading the grader (from the rules,
  exploits, other graders' tests relabelled, real golds as models write them, black-box attacks, white-box audits,
  blind measurements), each scored once, then the grader was fixed (RESULTS.md): in-sample since. The README's
  "Files" section says which set is which.
- real golds: each of the 1,560 shipped golds boxed verbatim (label 1) and the next problem's gold (label 0
  unless the two are the same string). Mechanical, not tuned against.
- adversarial: denial-of-service inputs and code injection, all labelled 0. For every block the slowest
  single in-process `score()` call (no pool, no cache) is reported: the bound `score` promises.

math-verify runs in a child process, one item at a time, watched from outside: an item that takes longer
than --hang seconds is counted as a hang, the child is killed and restarted after that item. Its
throughput is one process's (its normal use); ours is reported for 1 and 2 workers.

  python3 -m venv /tmp/mv && /tmp/mv/bin/pip install math-verify==0.9.0   # benchmark only
  python bench_reward.py --mv-python /tmp/mv/bin/python   # ~10 min on 2 cores; a markdown table for RESULTS.md
  python bench_reward.py --mv-python /tmp/mv/bin/python --blocks "" --sets 21,22 --hang 10   # sets one by one
"""

import argparse, glob, importlib.util, json, os, random, re, select, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reward  # noqa: E402

MARKER = "/tmp/nanoscaler_bench_pwned"
MV_PYTHON = sys.executable  # --mv-python: an interpreter with math-verify installed, if not this one


def _tests_module(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "tests", name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HELDOUT_SETS = [k for k in range(2, 1000) if os.path.exists(os.path.join(HERE, "tests", f"reward_heldout{k}.py"))]


def heldout_set(k):
    """tests/reward_heldout{k}.py as rows of whole responses."""
    h = _tests_module(f"reward_heldout{k}")
    return [(c, g, h.response(c, a), y, True) for c, g, a, y in getattr(h, f"HELDOUT{k}")]


def load_table():
    t = _tests_module("test_reward")
    labelled = [(c, g, a, y, False) for c, g, a, y in t.EQUIV] + [(c, g, r, y, True) for c, g, r, y, _ in t.FORMAT]
    payloads = t.INJECTIONS + ["__import__('os').system('touch %s')" % MARKER, "open('%s','w')" % MARKER]
    adversarial = [("adversarial", "5", a, 0, False) for a in t.DOS + payloads]
    rules = [(c, g, a, y, False) for c, g, a, y in t.RULES] + [("game", "5", a, 0, False) for a in t.GAMES]
    heldout = [(c, g, a, y, False) for c, g, a, y in _tests_module("reward_heldout").HELDOUT]
    heldout2 = [row for k in HELDOUT_SETS for row in heldout_set(k)]
    return labelled, rules, heldout, heldout2, adversarial


def real_golds():
    data = os.environ.get("NANOSCALER_DATA", os.path.join(HERE, "..", "shared", "data"))
    rows = []
    for f in sorted(glob.glob(os.path.join(data, "test", "*.json"))):
        answers = [row["answer"] for row in json.load(open(f))]
        for g, other in zip(answers, answers[1:] + answers[:1]):
            mine, theirs = (re.sub(r"(?<!\\)\$", "", reward._gold_strings(x)[0]).strip() for x in (g, other))
            rows.append(("self", g, mine, 1, False))
            same = reward._light(theirs) == reward._light(mine) or (mine, theirs) == ("5", "x=5")  # checked by hand
            rows.append(("neighbour", g, theirs, int(same), False))
    return rows


def reasoning(rng, tokens):
    """Math-flavoured chain of thought of roughly `tokens` tokens (about 4 characters each)."""
    out, n = [], 0
    while n < tokens * 4:
        a, b, k = rng.randint(2, 99), rng.randint(2, 99), rng.randint(2, 9)
        s = rng.choice([
            f"Let me compute $a_{{{k}}} = \\frac{{{a}}}{{{b}}} \\cdot {k}$, which simplifies to $\\frac{{{a * k}}}{{{b}}}$. ",
            f"Wait, that doesn't seem right. Let me double-check: ${a} \\times {b} = {a * b}$, so the sum is ${a * b + k}$. ",
            f"Hmm, so if $x^2 - {a + b}x + {a * b} = 0$ then $x = {a}$ or $x = {b}$. ",
            f"Alternatively, consider the triangle with sides ${a}$, ${b}$ and $\\sqrt{{{a * a + b * b}}}$; it is right-angled. ",
            f"So far we have $S = \\sum_{{i=1}}^{{{k}}} i^2 = {k * (k + 1) * (2 * k + 1) // 6}$. Is that consistent with the earlier step? ",
            f"Maybe I should try small cases first: for $n = {k}$ we get ${2 ** k}$ subsets. ",
            "Let me re-read the problem statement to make sure I am answering the right question.\n\n",
        ])
        out.append(s)
        n += len(s)
    return "".join(out)


def realistic(rng, answer, raw):
    """A long response ending in \\boxed{answer}; `raw` format cases keep their own text after the preamble."""
    think = reasoning(rng, rng.randint(2000, 4000))
    if raw:
        return think + answer
    summary = ("\n</think>\n\nTo solve the problem we set up the relation between the quantities.\n\n"
               "**Step 1.** From the conditions, $x + y = 10$ and $xy = 21$, so $x$ and $y$ are roots of "
               "$t^2 - 10t + 21 = 0$.\n\n**Step 2.** Substituting back, $$\\frac{x^2 + y^2}{2} = \\frac{(x+y)^2 - 2xy}{2} = 29.$$\n\n"
               "**Step 3.** Checking the boundary cases confirms the value.\n\n")
    return think + summary + "Therefore, the final answer is $\\boxed{" + answer + "}$."


def worst_call(items):
    """The slowest single in-process score() call, no pool and no cache: the bound `score` promises."""
    worst = (0.0, None)
    for _, g, r, _, _ in items:
        reward._analyse.cache_clear()
        t = time.perf_counter()
        reward.score(r, g)
        worst = max(worst, (time.perf_counter() - t, reward.extract_answer(r)))
    return worst


def mv_child():
    """Reads [response, golds] lines; writes [prediction, seconds] lines. Runs math-verify in-process."""
    from math_verify import parse, verify
    for line in sys.stdin:
        response, golds = json.loads(line)
        gparsed = [parse(g if "$" in g or "\\boxed" in g else "$" + g + "$") for g in golds]
        t = time.perf_counter()
        ok = False
        if "</think>" in response:
            pred = parse(response[response.rfind("</think>") + len("</think>"):])
            ok = any(verify(g, pred) for g in gparsed)
        print(json.dumps([bool(ok), time.perf_counter() - t]), flush=True)


def run_math_verify(items, hang):
    preds, lat, hangs, i = [None] * len(items), [], 0, 0
    while i < len(items):
        child = subprocess.Popen([MV_PYTHON, __file__, "--mv-child"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
        while i < len(items):
            _, g, r, _, _ = items[i]
            child.stdin.write(json.dumps([r, list(reward._gold_strings(g))]) + "\n")
            child.stdin.flush()
            ready, _, _ = select.select([child.stdout], [], [], hang + (30 if i == 0 else 0))  # + import time
            if not ready:
                child.kill()
                child.wait()
                preds[i], hangs, i = False, hangs + 1, i + 1
                break
            ok, seconds = json.loads(child.stdout.readline())
            preds[i] = ok
            lat.append(seconds)
            i += 1
        else:
            child.stdin.close()
            child.wait()
    return preds, lat, hangs


def run_ours(items, workers, timeout):
    responses, golds = [r for _, _, r, _, _ in items], [g for _, g, _, _, _ in items]
    reward.close_pool()
    warm(workers, timeout)
    reward._CACHE.clear()
    t = time.perf_counter()
    out = reward.grade_batch(responses, golds, workers=workers, timeout=timeout)
    wall = time.perf_counter() - t
    return out, wall


def warm(workers, timeout):
    """Start the pool and give every worker a job, so start-up is not on the clock (cache cleared both sides)."""
    reward._CACHE.clear()
    reward.grade_batch(["</think>\\boxed{%d}" % i for i in range(4 * workers)], ["x"] * 4 * workers, workers, timeout)
    reward._CACHE.clear()


def run_pool_only(items, workers, timeout):
    """Every item through the workers: no exact-match shortcut in the parent, no cache (a worst case)."""
    jobs = []
    for _, g, r, _, _ in items:
        answer = reward.extract_answer(r)
        if answer is not None:
            jobs.append((answer, reward._gold_strings(g)))
    reward.close_pool()
    warm(workers, timeout)
    t = time.perf_counter()
    results = reward._POOL.run(jobs, timeout)
    return results, time.perf_counter() - t, len(jobs)


def latencies(items, timeout):
    reward.close_pool()
    warm(1, timeout)
    lat = []
    for _, g, r, _, _ in items:
        reward._CACHE.clear()
        t = time.perf_counter()
        reward.grade_batch([r], [g], workers=1, timeout=timeout)
        lat.append(time.perf_counter() - t)
    return lat


def summary(name, items, preds, lat, wall, hangs, timeouts):
    labels = [y for _, _, _, y, _ in items]
    fp = sum(1 for p, y in zip(preds, labels) if p and not y)
    fn = sum(1 for p, y in zip(preds, labels) if not p and y)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    return dict(name=name, n=len(items), acc=1 - (fp + fn) / len(items), fp=fp, fn=fn, p50=q[49] * 1e3,
                p99=q[98] * 1e3, tput=len(items) / wall, hangs=hangs, timeouts=timeouts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hang", type=float, default=30.0, help="seconds after which a math-verify item counts as hung")
    ap.add_argument("--timeout", type=float, default=5.0, help="our per-item limit")
    ap.add_argument("--limit", type=int, default=0, help="only the first N items of each block (smoke test)")
    ap.add_argument("--mv-python", default=sys.executable, help="python with math-verify (a separate venv is fine)")
    ap.add_argument("--blocks", default="labelled,rules,held-out,held-out 2,real golds,adversarial", help="comma-separated")
    ap.add_argument("--sets", default="", help="held-out sets to report as blocks of their own, e.g. 21,22 (reward_heldoutN)")
    args = ap.parse_args()
    global MV_PYTHON
    MV_PYTHON = args.mv_python
    rng = random.Random(0)
    labelled, rules, heldout, heldout2, adversarial = load_table()
    blocks, worst = {}, {}
    named = [("labelled", labelled), ("rules", rules), ("held-out", heldout), ("held-out 2", heldout2),
             ("real golds", real_golds()), ("adversarial", adversarial)]
    named = [(b, rows) for b, rows in named if b in args.blocks.split(",")]
    named += [(f"set {k}", heldout_set(k)) for k in filter(None, args.sets.split(","))]
    for block, rows in named:
        blocks[block] = [(c, g, realistic(rng, a, raw), y, raw) for c, g, a, y, raw in rows[:args.limit or None]]
    chars = [len(r) for _, _, r, _, _ in next(iter(blocks.values()))]
    print(", ".join(f"{len(v)} {k}" for k, v in blocks.items()) + " responses, "
          f"median {statistics.median(chars):.0f} characters (~{statistics.median(chars) / 4:.0f} tokens)", flush=True)
    if os.path.exists(MARKER):
        os.remove(MARKER)
    rows, pool_only = [], {}
    for block, items in blocks.items():
        worst[block] = worst_call(items)
        print(f"{block}: slowest single in-process score() call {worst[block][0]:.3f} s on {str(worst[block][1])[:60]!r}", flush=True)
        lat = latencies(items, args.timeout)  # one item at a time through one worker; shared by both rows
        for workers in (1, 2):
            out, wall = run_ours(items, workers, args.timeout)
            timeouts = sum(1 for _, reason, _ in out if reason == "timeout")
            rows.append((block, summary(f"reward.py ({workers} worker{'s' * (workers > 1)})", items,
                                        [s == 1.0 for s, _, _ in out], lat, wall, 0, timeouts)))
            print(rows[-1], flush=True)
            if block != "adversarial" and workers == 1:
                wrong = [(c, g, reward.extract_answer(r), y) for (c, g, r, y, _), (s, _, _) in zip(items, out) if s != y]
                print("ours wrong:", wrong, flush=True)
        results, wall, n = run_pool_only(items, 2, args.timeout)
        print(f"{block}: {n} items through 2 workers, no shortcut, no cache: {n / wall:.0f} items/s", flush=True)
        pool_only[block] = n / wall
        t = time.perf_counter()
        preds, mv_lat, hangs = run_math_verify(items, args.hang)
        wall = time.perf_counter() - t
        rows.append((block, summary("math-verify 0.9.0", items, preds, mv_lat or [0.0], sum(mv_lat) + hangs * args.hang, hangs, 0)))
        print(rows[-1], f"(wall {wall:.0f} s incl. start-up and hangs)", flush=True)
        if block != "adversarial":
            wrong = [(c, g, reward.extract_answer(r), y) for (c, g, r, y, _), p in zip(items, preds) if p != y]
            print("math-verify wrong:", wrong, flush=True)
    reward.close_pool()
    print("\nmarker file written by an injection:", os.path.exists(MARKER))
    print("\n| set | grader | items | accuracy | FP | FN | p50 ms | p99 ms | responses/s | hangs (> %g s) | our timeouts |" % args.hang)
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for block, s in rows:
        tput = f"{s['tput']:.0f}" if s["tput"] >= 100 else f"{s['tput']:.3g}"
        print(f"| {block} | {s['name']} | {s['n']} | {s['acc']:.3f} | {s['fp']} | {s['fn']} | {s['p50']:.1f} | {s['p99']:.1f} "
              f"| {tput} | {s['hangs']} | {s['timeouts']} |")
    print("\nreward.py, 2 workers, every item through the pool (no shortcut, no cache), items/s: "
          + ", ".join(f"{k} {v:.0f}" for k, v in pool_only.items()))
    print("slowest single in-process score() call, s: " + ", ".join(f"{k} {v[0]:.3f}" for k, v in worst.items()))


if __name__ == "__main__":
    if sys.argv[1:] == ["--mv-child"]:
        mv_child()
    else:
        main()
