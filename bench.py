"""
Benchmarks of model.py, printed side by side in one run (figures go into RESULTS.md with the machine).

    python bench.py            # CPU: ours (packed) vs transformers (padded) fwd+bwd tokens/s; log-prob memory
    python bench.py --gpu      # CUDA: bf16 parity at the 1.5B shape; tokens/s, MFU, peak memory at 8K/16K/24K

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

from model import Qwen2, Qwen2Config, chunked_logprobs

ROOT = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(ROOT, "..", "shared", "models", "r1-distill-qwen-1.5b", "config.json")


def hf_twin(config, ours):
    from transformers import Qwen2Config as HFConfig, Qwen2ForCausalLM
    hf = Qwen2ForCausalLM(HFConfig(**{k: v for k, v in config.to_hf().items() if k != "torch_dtype"},
                                   attn_implementation="sdpa"))
    hf.load_state_dict(ours.state_dict())
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
    pos = torch.cat([torch.arange(n) for n in lens])
    pad_ids, pad_tgt, mask = (torch.zeros(len(lens), max(lens), dtype=torch.long) for _ in range(3))
    for i, s in enumerate(seqs):
        pad_ids[i, :lens[i]], pad_tgt[i, :lens[i]], mask[i, :lens[i]] = s[:-1], s[1:], 1

    def ours_step():
        logp, entropy = ours(ids, position_ids=pos, targets=tgt)
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


def gpu(lengths=(8192, 16384, 24576)):
    """bf16 parity with transformers and one packed fwd+bwd at the real 1.5B shape, with checkpointing."""
    from grpo import flops_per_step, peak_flops
    config = Qwen2Config.from_json(REAL)
    torch.manual_seed(0)
    model = Qwen2(config).cuda().to(torch.bfloat16)
    for p in model.parameters():
        torch.nn.init.normal_(p, std=0.02)
    hf = hf_twin(config, model).cuda().to(torch.bfloat16)
    ids = torch.randint(0, config.vocab_size, (2, 512), device="cuda")
    with torch.no_grad():
        gap = (model(ids).float() - hf(ids).logits.float()).abs().max().item()
    print(f"bf16 logits, ours vs transformers at the 1.5B shape: max |Δ| = {gap:.3e}")
    del hf
    model.checkpointing = True
    n_params = sum(p.numel() for p in model.parameters())
    for T in lengths:
        seqs = [T // 4] * 4  # four responses packed into one stream
        ids = torch.randint(0, config.vocab_size, (T,), device="cuda")
        pos = torch.cat([torch.arange(n, device="cuda") for n in seqs])
        torch.cuda.reset_peak_memory_stats()
        for i in range(3):
            if i == 1:
                torch.cuda.synchronize()
                t0 = time.perf_counter()
            model(ids, position_ids=pos, targets=ids.roll(-1))[0].sum().backward()
        torch.cuda.synchronize()
        dt = (time.perf_counter() - t0) / 2
        mfu = flops_per_step(n_params, seqs, config) / dt / (peak_flops() or float("nan"))
        print(f"  {T:6d} packed tokens: {T / dt:8.0f} tokens/s, MFU {mfu:.1%}, "
              f"peak {torch.cuda.max_memory_allocated() / 2**30:.1f} GiB")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        logprob_memory_child(sys.argv[2], int(sys.argv[3]))
        sys.exit()
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("--gpu", action="store_true")
    args = p.parse_args()
    if args.gpu:
        gpu()
    else:
        throughput_cpu()
        logprob_memory()
