"""Problem sets: reading them, the prompt, and sampling batches of them. (Curating a training set: curate.py.)

Reading: `load` takes .json (a list), .jsonl, .parquet, a comma-separated list of them, or a Hugging Face
hub dataset id when online. Records are {id, problem, answers: [str, ...], source}, plus a row's own `prefill`
(text the reply starts with, after the prompt) and `difficulty` when it has them. Numbers become strings
(142.0 -> "142"), a list means "any of these" (Minerva, OlympiadBench), LaTeX is kept as it is. The id is
the row's own string `id` (files written here carry one), else `<folder>/<stem>:<row>`. A bad row is a
BadRow error naming its file and row, or with skip_bad is counted and listed instead.
"""
import collections
import json
import math
import os
import re
import sys
from pathlib import Path

import numpy as np
from tqdm import tqdm

PROMPT_SUFFIX = "Let's think step by step and output the final answer within \\boxed{}."
DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "shared", "data")  # test/*.json, train/*.json


class BadRow(ValueError):
    """A row that is not a problem with an answer; the message starts with its file and row."""


# ---------------------------------------------------------------------------------------------- reading
def _answer(x, where):
    if isinstance(x, str) and x.strip():
        return x.strip()
    if isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x):  # bool is an int
        return str(int(x)) if float(x).is_integer() else repr(float(x))  # AMC's 142.0 is "142"
    raise BadRow(f"{where}: answer {x!r} is not a non-empty string or a finite number")


def _record(row, where, rid, source):
    """One row as a record, or a BadRow that starts with `where` (the file and row)."""
    if isinstance(row, BadRow):  # a line that is not JSON
        raise row
    if not isinstance(row, dict):
        raise BadRow(f"{where}: expected an object, got {type(row).__name__}")
    problem, gold = row.get("problem", row.get("question")), row.get("answers", row.get("answer"))
    if not isinstance(problem, str) or not problem.strip():
        raise BadRow(f"{where}: no problem text (got {problem!r:.60})")
    answers = [_answer(a, where) for a in (gold if isinstance(gold, list) else [gold])]
    if not answers:
        raise BadRow(f"{where}: empty answer list")
    own = {k: row[k] for k in ("id", "source", "prefill") if isinstance(row.get(k), str)}
    d = row.get("difficulty")
    if isinstance(d, str) or (isinstance(d, int) and not isinstance(d, bool)):
        own["difficulty"] = d
    return {"id": rid, "problem": problem, "answers": answers, "source": source, **own}


def _rows(path):
    """(row, where) pairs: "row <index>" in a JSON list or parquet, "line <1-based>" in JSON lines."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq
        return [(r, f"row {i}") for i, r in enumerate(pq.read_table(path).to_pylist())]
    text = path.read_text(encoding="utf-8-sig")  # the BOM Windows tools put first is not JSON
    if text.lstrip().startswith("["):  # by content: hub ".json" files are often JSON lines
        try:
            return [(r, f"row {i}") for i, r in enumerate(json.loads(text))]
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}: not a JSON list ({e})") from None
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            rows += [(json.loads(line), f"line {n}")] if line.strip() else []
        except json.JSONDecodeError as e:  # a bad row like any other: skip_bad may skip it
            rows.append((BadRow(f"{path} line {n}: not JSON ({e})"), f"line {n}"))
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


def load(source: str, skip_bad: bool = False, bad: list | None = None) -> list[dict]:
    """Records from `source` (above); with skip_bad a bad row goes into `bad` (when given) instead of raising."""
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
                except BadRow as e:
                    if not skip_bad:
                        raise
                    bad.append({"id": rid, "stage": "load", "reason": str(e), "matched_id": None})
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
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


# ----------------------------------------------------------------------------------------------- prompt
def render_prompt(tokenizer, record) -> str:
    """DeepScaleR's: problem, a space (its `f"{question} {instruction}"`), PROMPT_SUFFIX, in the tokenizer's chat
    template (R1-distill's ends with `<｜Assistant｜><think>\\n`, so the reply starts inside the thinking)."""
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


# --------------------------------------------------------------------------------------------- sampling
class Sampler:
    """Global batches of `batch_size` prompt indices; rank r takes the r-th contiguous slice. Epoch e is
    the permutation drawn from (seed, e); a batch that would run past its end starts the next epoch
    instead (the tail is dropped, as drop_last does; the next shuffle puts other items last). The state
    (epoch, cursor) is the same on every rank, so a run may resume on a different world size. `key` names the
    item list (grpo: a hash of the prompts' ids), so a resume on other data does not take the old cursor."""

    def __init__(self, num_items, batch_size, rank=0, world_size=1, seed=0, key=0):
        if batch_size % world_size or not 0 < batch_size <= num_items:
            raise ValueError(f"batch size {batch_size}: must divide by world {world_size}, be in 1..{num_items}")
        self.num_items, self.batch_size, self.seed, self.key = num_items, batch_size, seed, key
        self.share, self.start = batch_size // world_size, rank * batch_size // world_size
        self.epoch, self.cursor = 0, 0

    def next_batch(self) -> list[int]:
        if self.cursor + self.batch_size > self.num_items:
            self.epoch, self.cursor = self.epoch + 1, 0
        order = np.random.default_rng([self.seed, self.epoch]).permutation(self.num_items)  # ~1 ms for 40k
        step = order[self.cursor:self.cursor + self.batch_size]
        self.cursor += self.batch_size
        return step[self.start:self.start + self.share].tolist()

    def state_dict(self):
        return {"epoch": self.epoch, "cursor": self.cursor, "seed": self.seed, "key": self.key}

    def load_state_dict(self, d):
        """Whether the state was taken: not when it was saved for another seed or item list."""
        if (d.get("seed", self.seed), d.get("key", self.key)) != (self.seed, self.key):
            return False
        self.epoch, self.cursor = int(d["epoch"]), int(d["cursor"])
        return True
