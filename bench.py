"""
Benchmarks of model.py, printed side by side in one run (figures go into RESULTS.md with the machine).

    python bench.py            # CPU: ours (packed) vs transformers (padded) fwd+bwd tokens/s; log-prob memory
    python bench.py --gpu      # CUDA, < 8 min on one H100: bf16 parity with transformers at the 1.5B shape;
                               # varlen_attn vs per-sequence SDPA (fwd, bwd, GQA); one update's tokens/s,
                               # MFU (model.train_flops / peak_flops) and peak memory at 8K/16K/24K packed
                               # tokens; TorchEngine decode tokens/s at batch 64-256; push time
    python bench.py --gpu --dry-run   # the same code on CPU with a tiny model (tests run it)
    python bench.py --gpu --fa3       # with FlashAttention 3 under varlen_attn (Hopper, needs its build)

Random weights throughout; shapes from ../shared/models/r1-distill-qwen-1.5b/config.json where they matter.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

import torch

import torch.nn.functional as F

import model as M
from model import Qwen2, Qwen2Config, chunked_logprobs

ROOT = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(ROOT, "..", "shared", "models", "r1-distill-qwen-1.5b", "config.json")


def hf_twin(config, ours):
    """transformers' Qwen2 with our weights in our dtype. Parameters only: Module.to(bf16) would also round its
    rotary inv_freq, which from_pretrained keeps in fp32 (angles off by up to 0.6 rad at 512 tokens)."""
    from transformers import Qwen2Config as HFConfig, Qwen2ForCausalLM
    hf = Qwen2ForCausalLM(HFConfig(**{k: v for k, v in config.to_hf().items() if k != "torch_dtype"},
                                   attn_implementation="sdpa"))
    hf.load_state_dict(ours.state_dict())
    for p in hf.parameters():
        p.data = p.data.to(next(ours.parameters()).dtype)
    return hf


def throughput_cpu(iters=3):
    """Forward+backward of what the trainer needs, per-token log-probs and entropy, over one batch of
    variable-length sequences: ours packed, transformers padded with a mask as a user would batch it."""
    config = Qwen2Config(vocab_size=32000, hidden_size=512, intermediate_size=1408, num_hidden_layers=4,
                         num_attention_heads=8, num_key_value_heads=2, torch_dtype="float32")
    torch.manual_seed(0)
    ours = Qwen2(config)
    hf = hf_twin(config, ours)
    lens = torch.randint(64, 513, (8,)).tolist()
    seqs = [torch.randint(0, config.vocab_size, (n + 1,)) for n in lens]
    ids, tgt = torch.cat([s[:-1] for s in seqs]), torch.cat([s[1:] for s in seqs])
    pad_ids, pad_tgt, mask = (torch.zeros(len(lens), max(lens), dtype=torch.long) for _ in range(3))
    for i, s in enumerate(seqs):
        pad_ids[i, :lens[i]], pad_tgt[i, :lens[i]], mask[i, :lens[i]] = s[:-1], s[1:], 1

    def ours_step():
        logp, entropy = ours(ids, targets=tgt, seq_lens=lens)
        (logp + entropy).sum().backward()

    def hf_step():
        lsm = torch.log_softmax(hf(pad_ids, attention_mask=mask).logits.float(), -1)
        logp = lsm.gather(-1, pad_tgt[..., None]).squeeze(-1)
        entropy = -(lsm.exp() * lsm).sum(-1)
        ((logp + entropy) * mask).sum().backward()

    out = {}
    for name, fn in (("ours (packed)", ours_step), ("transformers (padded)", hf_step)):
        fn()  # warm-up
        t0 = time.perf_counter()
        for _ in range(iters):
            fn()
        out[name] = sum(lens) * iters / (time.perf_counter() - t0)
    print(f"fwd+bwd, {len(lens)} sequences of {min(lens)}–{max(lens)} tokens ({sum(lens)} real, "
          f"{len(lens) * max(lens)} padded), hidden 512 × 4 layers, vocab 32000, fp32, {torch.get_num_threads()} threads")
    for name, v in out.items():
        print(f"  {name:24s} {v:8.0f} tokens/s")
    print(f"  ratio ours / transformers: {out['ours (packed)'] / out['transformers (padded)']:.2f}×")


def logprob_memory_child(mode, T, V=151936, D=1536):
    torch.manual_seed(0)
    h = torch.randn(T, D, requires_grad=True)
    w = (torch.randn(V, D) * 0.02).requires_grad_()
    tgt = torch.randint(0, V, (T,))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if mode == "chunked":
        logp, ent = chunked_logprobs(h, w, tgt, temperature=0.6)
    else:
        logits = (h @ w.t()).float() / 0.6
        lsm = torch.log_softmax(logits, -1)
        logp, ent = lsm.gather(-1, tgt[:, None]).squeeze(-1), -(lsm.exp() * lsm).sum(-1)
    (logp.sum() + ent.sum()).backward()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"mode": mode, "extra_MB": (peak - base) / 1024}))


def logprob_memory(T=4096):
    """Peak extra memory of log-probs + entropy and their backward at vocab 151,936, each in a fresh process."""
    print(f"log-prob + entropy fwd+bwd, {T} tokens, vocab 151936, hidden 1536, fp32 (peak RSS above the inputs):")
    res = {}
    for mode in ("chunked", "naive"):
        r = subprocess.run([sys.executable, __file__, "--child", mode, str(T)], capture_output=True, text=True)
        res[mode] = json.loads(r.stdout.strip().splitlines()[-1])["extra_MB"]
        print(f"  {mode:8s} {res[mode]:8.0f} MB")
    print(f"  naive (T × V fp32 logits alone): {T * 151936 * 4 / 2**20:.0f} MB; chunked / naive: "
          f"{res['chunked'] / res['naive']:.3f}")


# --- bench.py --gpu: plain torch + transformers (no vLLM, no network), < 8 minutes on one H100/H200 ---

def init_random(model):
    torch.manual_seed(0)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.dim() == 2:
                p.normal_(std=0.02)
            else:  # norm weights 1, biases 0
                p.fill_(1.0 if name.endswith("norm.weight") else 0.0)
    return model


def timed(fn, device, iters):
    """(seconds per call after one warm-up, last result)."""
    out = fn()
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    sync()
    t0 = time.perf_counter()
    for _ in range(iters):
        out = fn()
    sync()
    return (time.perf_counter() - t0) / iters, out


def parity(config, device):
    with torch.device(device):
        ours = init_random(Qwen2(config)).to(torch.bfloat16).eval()
        hf = hf_twin(config, ours).eval()
    ids = torch.randint(0, config.vocab_size, (2, 512 if device.type == "cuda" else 16), device=device)
    with torch.no_grad():
        a, b = ours(ids).float(), hf(ids).logits.float()
    print(f"bf16 logits, ours vs transformers (sdpa), {config.num_hidden_layers} layers x {config.hidden_size}: "
          f"max |Δ| = {(a - b).abs().max().item():.3e} (max |logit| {b.abs().max().item():.2f})")


def attention(config, device, lens, iters=10):
    """model.varlen_attention (the varlen kernel on CUDA bf16) against SDPA run per sequence."""
    N, K, H, T = config.num_attention_heads, config.num_key_value_heads, config.head_dim, sum(lens)
    torch.manual_seed(0)
    q, k, v = (torch.randn(T, h, H, device=device, dtype=torch.bfloat16, requires_grad=True) for h in (N, K, K))
    grad = torch.randn(T, N, H, device=device, dtype=torch.bfloat16)
    pack = M.packing(lens, device)
    starts = [0] + torch.tensor(lens).cumsum(0).tolist()

    def reference():
        return torch.cat([F.scaled_dot_product_attention(*(t[s:e].transpose(0, 1) for t in (q, k, v)), is_causal=True,
                                                         enable_gqa=True).transpose(0, 1)
                          for s, e in zip(starts[:-1], starts[1:])])

    results = {}
    for name, fn in (("varlen", lambda: M.varlen_attention(q, k, v, pack)), ("per-seq sdpa", reference)):
        fwd, out = timed(fn, device, iters)

        def step():
            q.grad = k.grad = v.grad = None
            fn().backward(grad)
        both, _ = timed(step, device, iters)
        results[name] = (out.detach().float(), *(t.grad.float() for t in (q, k, v)))
        print(f"  {name:13s} fwd {fwd * 1e3:7.2f} ms, fwd+bwd {both * 1e3:7.2f} ms")
    gaps = [(a - b).abs().max().item() for a, b in zip(results["varlen"], results["per-seq sdpa"])]
    print(f"  lengths {lens}, {N} q / {K} kv heads, bf16, kernel {'varlen_attn' if M.use_flash(q) else 'SDPA'}: "
          "max |Δ| out {:.2e}, dq {:.2e}, dk {:.2e}, dv {:.2e}".format(*gaps))


def one_rank_fsdp(model, device):
    """FSDP2 on a world of one, sharded as grpo.py shards (fp32 masters, bf16 compute), so that memory
    and the push's full_tensor() are the trainer's own."""
    import socket
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard
    if not torch.distributed.is_initialized():
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        torch.distributed.init_process_group("nccl" if device.type == "cuda" else "gloo", world_size=1, rank=0,
                                             init_method=f"tcp://127.0.0.1:{port}")
    mesh = init_device_mesh(device.type, (1,))
    mp = MixedPrecisionPolicy(param_dtype=torch.bfloat16, reduce_dtype=torch.float32)
    for block in model.model.layers:
        fully_shard(block, mesh=mesh, mp_policy=mp)
    return fully_shard(model, mesh=mesh, mp_policy=mp)


def training(config, device, lengths, steps=3):
    """One update (fwd+bwd with checkpointing, AdamW step) on four equal sequences packed per size."""
    with torch.device(device):
        model = init_random(Qwen2(config))
    model.checkpointing = True
    one_rank_fsdp(model, device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-6)
    peak = M.peak_flops(torch.cuda.get_device_name()) if device.type == "cuda" else None
    for T in lengths:
        seq_lens = [T // 4] * 4
        ids = torch.randint(0, config.vocab_size, (sum(seq_lens),), device=device)

        def update():
            logp, entropy = model(ids, targets=ids.roll(-1), seq_lens=seq_lens)
            (logp.mean() + 1e-3 * entropy.mean()).backward()
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
        if device.type == "cuda":
            torch.cuda.reset_peak_memory_stats()
        dt, _ = timed(update, device, steps - 1)
        mfu = f"{M.train_flops(config, seq_lens) / dt / peak:.1%}" if peak else "n/a (device not in model.peak_flops)"
        mem = f"{torch.cuda.max_memory_allocated() / 2**30:.1f} GiB" if device.type == "cuda" else "n/a"
        print(f"  {sum(seq_lens):6d} packed tokens: {sum(seq_lens) / dt:8.0f} tokens/s, MFU {mfu}, peak {mem}", flush=True)
    del optimizer
    return model


def decode_and_push(config, model, device, batches, prompt_len, max_tokens):
    """TorchEngine tokens/s (prefill + decode, n=1, T 0.6), then rollout.push from the FSDP model."""
    import tempfile
    import rollout
    from tokenizers import Tokenizer, models
    from transformers import PreTrainedTokenizerFast
    with tempfile.TemporaryDirectory() as path:
        with torch.device(device):  # the 1.5B shape in bf16 on disk, and a two-word tokenizer
            init_random(Qwen2(config)).to(torch.bfloat16).save_pretrained(path)
        tok = Tokenizer(models.WordLevel({"<unk>": 0, "<eos>": 1}, unk_token="<unk>"))
        PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<eos>").save_pretrained(path)
        engine = rollout.TorchEngine(path, prompt_len + max_tokens, dtype="bfloat16")
    g = torch.Generator().manual_seed(0)
    for B in batches:
        prompts = torch.randint(2, config.vocab_size, (B, prompt_len), generator=g).tolist()
        dt, samples = timed(lambda: engine.generate(prompts, 1, 0.6, 1.0, max_tokens, seed=1), device, 1)
        tokens = sum(len(s.token_ids) for s in samples)
        print(f"  batch {B:4d}: {tokens} tokens in {dt:.1f} s, {tokens / dt:8.0f} tokens/s", flush=True)
    gather, _ = timed(lambda: sum(t.numel() for _, t in rollout.full_weights(model, engine.dtype)), device, 1)
    probe = torch.randint(2, config.vocab_size, (64,), generator=g).tolist()
    seconds, gap = rollout.push(engine, model, probe, tol=rollout.PUSH_TOL[torch.bfloat16])
    print(f"push: gather (bf16 shards, full_tensor) {gather:.2f} s; rollout.push (gather + copy + probe check) "
          f"{seconds:.2f} s, probe gap {gap:.2e} (bf16 engine vs bf16-compute trainer)")


def gpu(dry_run=False):
    if dry_run:  # CPU, a tiny Qwen2: the same code end to end, so a typo cannot wait for a GPU
        device = torch.device("cpu")
        config = Qwen2Config(vocab_size=256, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                             num_attention_heads=4, num_key_value_heads=2, bos_token_id=0, eos_token_id=1)
        lengths, attn_lens, batches, prompt_len, max_tokens = (64, 128), (1, 7, 64), (2, 4), 8, 4
    else:
        device = torch.device("cuda")
        config = Qwen2Config.from_json(REAL) if os.path.exists(REAL) else Qwen2Config(eos_token_id=151643)
        lengths, attn_lens, batches, prompt_len, max_tokens = (8192, 16384, 24576), (1, 7, 4096), (64, 128, 256), 256, 256
    where = torch.cuda.get_device_name() if device.type == "cuda" else "CPU dry run"
    print(f"## bench.py --gpu, {time.strftime('%Y-%m-%d')}: torch {torch.__version__}, {where}, "
          f"flash impl {torch.nn.attention.current_flash_attention_impl() or 'default (FA2)'}", flush=True)
    parity(config, device)
    print("varlen attention vs SDPA per sequence (forward, backward, GQA):")
    attention(config, device, attn_lens)
    print("one update (fwd+bwd, checkpointing, AdamW; FSDP2 world 1, fp32 masters, bf16 compute):")
    model = training(config, device, lengths)
    print(f"TorchEngine, prompt {prompt_len}, max_tokens {max_tokens}, bf16:")
    decode_and_push(config, model, device, batches, prompt_len, max_tokens)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        logprob_memory_child(sys.argv[2], int(sys.argv[3]))
        sys.exit()
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("--gpu", action="store_true", help="the CUDA benchmarks (no vLLM needed)")
    p.add_argument("--dry-run", action="store_true", help="with --gpu: walk the same code on CPU with a tiny model")
    p.add_argument("--fa3", action="store_true", help="FlashAttention 3 under varlen_attn (Hopper, model.enable_fa3)")
    args = p.parse_args()
    if args.fa3:
        M.enable_fa3()
    if args.gpu:
        gpu(args.dry_run)
    else:
        throughput_cpu()
        logprob_memory()
