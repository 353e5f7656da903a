"""The DeepScaleR evaluation protocol, and how sure its numbers are.

    python eval.py --model PATH_OR_HUB_ID                              # the published protocol, five benchmarks
    python eval.py --model ckpt --benchmarks aime,amc --n-samples 4    # every EvalConfig field is a flag
    python eval.py --model ckpt --benchmarks aime25=file.jsonl         # any file or hub id that data.load reads

Defaults are the published protocol: AIME 2024, MATH-500, AMC 2023, Minerva Math, OlympiadBench; 16 samples per
problem at temperature 0.6, top_p 0.95, 32768 new tokens; DeepScaleR's prompt (data.py), reward.py's grader.
With several GPUs it re-launches itself under torchrun, one engine per GPU.

report.json (fractions) per benchmark: avg@n (= pass@1) and `se`, its standard error over problems (a
problem's n samples are correlated); ci95 = avg ± 1.96 se (normal approximation: on AIME's 30 problems a
t-interval is 4% wider); `se_resample` = sqrt(Σ p(1-p)/(n-1)) / problems, the noise of sampling the same
problems again, which says whether 41.0 vs 43.1 on AIME is a difference. pass@k is the unbiased
1 - C(n-c, k)/C(n, k) (Chen et al. 2021); maj@n votes over extracted answers as spelled (a tie goes to the
answer reached first). report.md: the published table with our row under it, then the details.

Resume: the work is cut into fixed chunks (all n samples of batch_size // n problems; chunk k on rank k % world,
seeded by (seed, benchmark, problem ids)), so no sample depends on what ran before. Rank 0 appends each round
to samples.jsonl; a rerun reuses the rows there and reports what an uninterrupted run would (protocol.json holds
what changes the samples, engine and ranks included; a rerun that differs stops; a row is reused only while its
problem and answers are unchanged). The trainer's in-run evaluation samples the same chunks with the same seeds.
Departure: DeepScaleR ran its trainer's (verl) validation loop and reported avg@16 alone.
"""
import dataclasses
import hashlib
import json
import math
import os
import sys
from collections import Counter

import numpy as np
import torch
import torch.distributed as dist
from tqdm import tqdm

import data
import grpo
import rollout

# name (<data-dir>/test/<name>.json): (published column, DeepScaleR-1.5B-Preview, DeepSeek-R1-Distill-Qwen-1.5B)
BENCHMARKS = {"aime": ("AIME 2024", 43.1, 28.8), "math": ("MATH 500", 87.8, 82.8), "amc": ("AMC 2023", 73.6, 62.9),
              "minerva": ("Minerva Math", 30.2, 26.5), "olympiad_bench": ("OlympiadBench", 50.0, 43.3)}
SLIM = ("bench", "id", "sample", "extracted", "score", "reason", "tokens", "finish", "key")  # what the report needs

# ---------------------------------------------------------------------------------------------- metrics


def pass_at_k(n: int, c: int, k: int) -> float:
    """P(at least one of k samples drawn without replacement from n, c of them correct, is correct)."""
    return 1.0 if n - c < k else 1.0 - math.comb(n - c, k) / math.comb(n, k)


def majority(answers: list, correct: list) -> bool:
    """answers: extracted strings or None (no vote). max() keeps the first of equal counts, and Counter
    keeps insertion order, so a tie goes to the answer reached first in sample order."""
    votes = Counter("".join(a.split()) for a in answers if a is not None)
    if not votes:
        return False
    won = max(votes, key=votes.get)
    return any(ok for a, ok in zip(answers, correct) if a is not None and "".join(a.split()) == won)


def bench_metrics(problems: list[list[dict]], n: int) -> dict:
    """problems: per problem, its n rows in sample order (the SLIM fields)."""
    P = len(problems)
    correct = np.array([[r["score"] > 0 for r in rows] for rows in problems])  # (P, n); the reward is 0/1
    tokens = np.array([[r["tokens"] for r in rows] for rows in problems])
    c = correct.sum(1)
    acc, flat = c / n, [r for rows in problems for r in rows]
    avg, se = grpo.mean_se(acc)
    return {"avg": avg, "se": se, "ci95": [max(0.0, avg - 1.96 * se), min(1.0, avg + 1.96 * se)],
            "se_resample": math.sqrt((acc * (1 - acc)).sum() / (n - 1)) / P if n > 1 else float("nan"),
            "pass@k": {str(k): float(np.mean([pass_at_k(n, int(ci), k) for ci in c]))
                       for k in sorted({2 ** i for i in range(n.bit_length())} | {n})},
            "maj": float(np.mean([majority([r["extracted"] for r in rows], ok)
                                  for rows, ok in zip(problems, correct)])),
            "len_correct": float(tokens[correct].mean()) if correct.any() else None,
            "len_incorrect": float(tokens[~correct].mean()) if (~correct).any() else None,
            "truncated": float(np.mean([r["finish"] == "length" for r in flat])),
            "timeouts": sum(r["reason"] == "timeout" for r in flat),
            "reasons": dict(Counter(r["reason"] for r in flat)), "n_problems": P, "n": n}

# ---------------------------------------------------------------------------------------------- running


def _protocol(n, temperature, top_p, max_tokens, seed, batch_size, world, engine=None):
    """What decides which sample a seed draws: the settings, the world size, and the engine and its dtype (None:
    before it loads, when a rerun's settings are checked first)."""
    protocol = {"n": n, "temperature": temperature, "top_p": top_p, "max_tokens": max_tokens, "seed": seed,
                "batch_size": batch_size, "world": world}
    if engine is not None:
        protocol.update(engine="vllm" if isinstance(engine, rollout.VLLMEngine) else "torch",
                        dtype=str(getattr(engine, "dtype", None)))
    return protocol


def _clash(out_dir, protocol):
    """Why the samples in out_dir cannot be reused under `protocol` (its keys), or None."""
    if not os.path.exists(os.path.join(out_dir, "samples.jsonl")):
        return None
    ppath = os.path.join(out_dir, "protocol.json")
    old = json.load(open(ppath)) if os.path.exists(ppath) else {}
    if any(old.get(k) != v for k, v in protocol.items()):
        return f"{out_dir} holds samples made with {old or 'unknown settings'}, not {protocol}: use another --out"
    return None


def _done_rows(out_dir, protocol):
    """The rows already in out_dir/samples.jsonl (SLIM fields), or why they cannot be reused. A last line
    cut by a crash is cut from the file too, so that appends stay valid JSON lines."""
    os.makedirs(out_dir, exist_ok=True)
    path, ppath, raw = os.path.join(out_dir, "samples.jsonl"), os.path.join(out_dir, "protocol.json"), b""
    why = _clash(out_dir, protocol)
    if why:
        return why
    if os.path.exists(path):
        with open(path, "r+b") as f:
            raw = f.read()
            f.truncate(raw.rfind(b"\n") + 1)
    with open(ppath, "w") as f:
        json.dump(protocol, f)
    return [{k: r.get(k) for k in SLIM} for r in map(json.loads, raw[:raw.rfind(b"\n") + 1].splitlines())]


def _broadcast(obj):
    """Rank 0's object on every rank (one small collective; nothing to do on one rank)."""
    if not dist.is_initialized() or dist.get_world_size() == 1:
        return obj
    box = [obj]
    dist.broadcast_object_list(box, src=0)
    return box[0]


def _key(rec, chunk_seed):
    """What a stored sample was drawn and graded with: its problem, answers and seed. The seed hashes the ids of the
    problems in its chunk, so a rerun after rows were added or removed, or a problem or answer changed, samples anew."""
    return hashlib.blake2b(json.dumps([rec["prompt_ids"], rec["answers"], chunk_seed]).encode(),
                           digest_size=8).hexdigest()


def _stale(have, bench, rec, n, chunk_seed):
    return any(have.get((bench, rec["id"], j), {}).get("key") != _key(rec, chunk_seed) for j in range(n))


def evaluate(engine, benchmarks: dict[str, list[dict]], n: int, temperature: float, top_p: float, max_tokens: int,
             seed: int = 0, out_dir: str | None = None, progress: bool = True, batch_size: int = 2048,
             dropped: dict | None = None) -> dict:
    """Samples n responses per problem, grades them, returns {bench: metrics}; the same on every rank.
    Ranks sample their chunks in lock-step rounds; rank 0 gathers each round's rows, writes them and
    builds the report (the responses go to rank 0 only: ~0.3 GB a round at 8 GPUs)."""
    rank, world = (dist.get_rank(), dist.get_world_size()) if dist.is_initialized() else (0, 1)
    protocol = _protocol(n, temperature, top_p, max_tokens, seed, batch_size, world, engine)
    rows = _done_rows(out_dir, protocol) if out_dir and rank == 0 else []
    have = {} if isinstance(rows, str) else {(r["bench"], r["id"], r["sample"]): r for r in rows}
    chunks = grpo.eval_chunks(benchmarks, n, world, seed, batch_size)  # chunk k on rank k % world, done or not
    left = [k for k, (bench, recs, s) in enumerate(chunks) if any(_stale(have, bench, r, n, s) for r in recs)]
    left = _broadcast(rows if isinstance(rows, str) else left)  # every rank agrees on what is left, or fails
    if isinstance(left, str):
        raise ValueError(left)
    todo = [[chunks[k] for k in left if k % world == r] for r in range(world)]
    total = n * sum(len(r) for r in benchmarks.values())
    bar = tqdm(total=total, initial=total - n * sum(len(c) for t in todo for _, c, _ in t), unit="sample",
               smoothing=0, desc="eval", disable=not progress or rank != 0)
    for i in range(max(map(len, todo))):  # lock-step rounds, a chunk per rank
        new = []
        if i < len(todo[rank]):
            bench, chunk, chunk_seed = todo[rank][i]
            keys = {r["id"]: _key(r, chunk_seed) for r in chunk}
            new = [{**r, "key": keys[r["id"]]}
                   for r in grpo.sample_graded(engine, bench, chunk, n, temperature, top_p, max_tokens, chunk_seed)]
        if world > 1:
            gathered = [None] * world if rank == 0 else None
            dist.gather_object(new, gathered, dst=0)
            new = [r for g in gathered for r in g] if rank == 0 else []
        new = [r for r in new if have.get((r["bench"], r["id"], r["sample"]), {}).get("key") != r["key"]]
        if out_dir and rank == 0:
            with open(os.path.join(out_dir, "samples.jsonl"), "a", encoding="utf-8") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
                f.flush()
                os.fsync(f.fileno())
        have.update({(r["bench"], r["id"], r["sample"]): {k: r[k] for k in SLIM} for r in new})
        bar.update(sum(n * len(t[i][1]) for t in todo if i < len(t)))
    bar.close()
    report = None
    if rank == 0:
        report = {bench: {**bench_metrics([[have[(bench, r["id"], j)] for j in range(n)] for r in recs], n),
                          "dropped": (dropped or {}).get(bench, 0)} for bench, recs in benchmarks.items()}
        if out_dir:
            with open(os.path.join(out_dir, "report.json"), "w") as f:
                json.dump(report, f, indent=1)
            with open(os.path.join(out_dir, "report.md"), "w") as f:
                f.write(markdown(report, os.path.basename(os.path.normpath(out_dir))))
    return _broadcast(report)


def _f(x, digits=1):
    return "" if x is None or x != x else f"{x:.{digits}f}"  # None and NaN print as blank cells


def markdown(report: dict, label: str) -> str:
    """The published table's shape (percent; Avg. over the benchmarks run), then the details."""
    def table(head, rows):
        return ["| " + " | ".join(map(str, r)) + " |" for r in [head, ["---"] * len(head)] + rows]
    names, nan = list(report), float("nan")
    rows = []
    for who, i in (("DeepSeek-R1-Distill-Qwen-1.5B (published)", 2), ("DeepScaleR-1.5B-Preview (published)", 1)):
        vals = [BENCHMARKS[b][i] if b in BENCHMARKS else nan for b in names]
        rows.append([who] + [_f(v) for v in vals + [np.mean(vals)]])
    ours = [100 * report[b]["avg"] for b in names]
    rows.append([label] + [f"{v:.1f} ± {_f(100 * report[b]['se'])}" for v, b in zip(ours, names)]
                + [_f(np.mean(ours))])
    pct = lambda x: _f(100 * x)  # noqa: E731
    details = [[b, m["n_problems"], m["n"], pct(m["avg"]), f"{pct(m['ci95'][0])}–{pct(m['ci95'][1])}",
                pct(m["se_resample"]), ", ".join(f"{k}: {pct(v)}" for k, v in m["pass@k"].items()), pct(m["maj"]),
                _f(m["len_correct"], 0), _f(m["len_incorrect"], 0), pct(m["truncated"]), m["timeouts"], m["dropped"]]
               for b, m in report.items()]
    return "\n".join(table(["Model"] + [BENCHMARKS[b][0] if b in BENCHMARKS else b for b in names] + ["Avg."], rows)
                     + ["", "± is the standard error over problems. Below: percent, except counts and tokens.", ""]
                     + table(["benchmark", "problems", "n", "avg@n", "ci95", "se_resample", "pass@k", "maj@n",
                              "len correct", "len incorrect", "truncated", "timeouts", "dropped"], details)) + "\n"

# ---------------------------------------------------------------------------------------------- command


@dataclasses.dataclass
class EvalConfig:
    model: str = ""  # checkpoint folder or hub id (required)
    benchmarks: str = ",".join(BENCHMARKS)
    n_samples: int = 16  # per problem (not `n`: torchrun would take `--n` for an abbreviation of its own flags)
    temperature: float = 0.6
    top_p: float = 0.95
    max_tokens: int = 32768
    max_prompt_tokens: int = 1024
    data_dir: str = data.DATA_DIR
    out: str = ""  # default: eval_out/<model folder name>
    engine: str = "auto"  # vllm | torch | auto
    dtype: str = "auto"  # the checkpoint's | bfloat16 | float16 | float32
    gpu_memory_utilization: float = 0.85
    seed: int = 0
    batch_size: int = 2048  # samples per resumable chunk per engine (see the top)
    dist_timeout_min: float = 240.0  # how long a rank may wait for the slowest (uneven chunks at 32K tokens)


def default_out(model):
    """eval_out/<model folder>; a trainer checkpoint, <run>/checkpoints/step_N/hf, is eval_out/<run>_step_N."""
    parts = os.path.abspath(model).split(os.sep)  # absolute: `checkpoints/step_N/hf` run from inside <run> too
    if len(parts) >= 4 and parts[-1] == "hf" and parts[-3] == "checkpoints":
        return os.path.join("eval_out", f"{parts[-4]}_{parts[-2]}")
    return os.path.join("eval_out", parts[-1])


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    cfg = grpo.cli(EvalConfig, argv, __doc__, {"engine": ["auto", "vllm", "torch"],
                                               "dtype": ["auto", "bfloat16", "float16", "float32"]})
    cfg.out = cfg.out or default_out(cfg.model)
    gpus = torch.cuda.device_count()
    if gpus > 1 and "RANK" not in os.environ:  # every GPU: the same command under torchrun, one engine each
        os.execv(sys.executable, [sys.executable, "-m", "torch.distributed.run", "--standalone",
                                  f"--nproc-per-node={gpus}", os.path.abspath(__file__), *argv])
    owner, engine = not dist.is_initialized(), None
    try:  # everything that can be wrong is checked before the first token is sampled
        rank = grpo.setup(cfg.dist_timeout_min)[0] if owner else dist.get_rank()  # waits that long for a slow rank
        if not cfg.model:
            raise ValueError("--model is required: a checkpoint folder or hub id")
        given, cfg.model = cfg.model, grpo.resolve_model(cfg.model)  # a hub id: downloaded once per node
        weights = sorted([f, os.path.getsize(os.path.join(cfg.model, f)), os.path.getmtime(os.path.join(cfg.model, f))]
                         for f in os.listdir(cfg.model) if f.endswith(".safetensors"))  # a retrained step_N differs
        meta = {"config": dataclasses.asdict(cfg), "model": os.path.realpath(given) if os.path.isdir(given)
                else given, "weights": weights, **grpo.environment()}  # git revision, versions, hardware
        old = os.path.join(cfg.out, "config.json")
        before = json.load(open(old)) if os.path.exists(old) else meta
        if before["model"] != meta["model"]:  # the same folder name, say
            raise ValueError(f"{cfg.out} holds samples of {before['model']}: pass another --out")
        if before.get("weights", weights) != weights:
            raise ValueError(f"{cfg.out} holds samples of other weights in {given} (retrained or rewritten since): "
                             "pass another --out")
        grpo.at_least(cfg, 1, "n_samples", "max_tokens", "max_prompt_tokens", "batch_size")
        grpo.at_least(cfg, 0, "temperature")  # 0 is greedy
        grpo.fractions(cfg, "top_p", "gpu_memory_utilization")
        if os.path.exists(cfg.out) and not os.path.isdir(cfg.out):
            raise ValueError(f"--out {cfg.out} is a file, not a folder")
        clash = _broadcast(_clash(cfg.out, _protocol(cfg.n_samples, cfg.temperature, cfg.top_p, cfg.max_tokens,
                                                     cfg.seed, cfg.batch_size, dist.get_world_size()))
                           if rank == 0 else None)
        if clash:  # before the engine loads (checked again after, with the engine and its dtype)
            raise ValueError(clash)
        tokenizer = grpo.load_tokenizer(cfg.model)
        benches, dropped = grpo.load_benchmarks(cfg.benchmarks, cfg.data_dir, tokenizer, cfg.max_prompt_tokens)
        grpo.print0(json.dumps(meta, indent=1))
        longest = max(len(r["prompt_ids"]) for recs in benches.values() for r in recs)
        try:
            engine = rollout.make_engine(cfg.engine, cfg.model, max_model_len=longest + cfg.max_tokens, seed=cfg.seed,
                                         dtype=cfg.dtype, gpu_memory_utilization=cfg.gpu_memory_utilization)
        except Exception as e:
            raise ValueError(f"cannot load {cfg.model} into a {cfg.engine} engine: {type(e).__name__}: {e}") from e
        if rank == 0 and not os.path.exists(old):  # the model, for a rerun's check, even if this run is cut short
            os.makedirs(cfg.out, exist_ok=True)
            with open(old, "w") as f:
                json.dump(meta, f, indent=1)
        report = evaluate(engine, benches, cfg.n_samples, cfg.temperature, cfg.top_p, cfg.max_tokens, cfg.seed,
                          cfg.out, batch_size=cfg.batch_size, dropped=dropped)
        if rank == 0:  # this run's flags, now that the samples there were found to be made with them
            with open(old, "w") as f:
                json.dump(meta, f, indent=1)
        grpo.print0(markdown(report, os.path.basename(os.path.normpath(cfg.out))))
    except (ValueError, OSError) as e:  # a bad row, a missing file, a bad flag value: one line
        raise SystemExit(grpo.fail("eval", e)) from None
    finally:  # vLLM's exit hook needs the default group (see the end of grpo.main): it goes with the process
        if owner and dist.is_initialized() and not isinstance(engine, rollout.VLLMEngine):
            dist.destroy_process_group()
    return report


if __name__ == "__main__":
    main()
