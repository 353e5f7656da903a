import json
import os

import pytest
import torch

import model as M


def hf_model(path):
    from transformers import Qwen2ForCausalLM
    return Qwen2ForCausalLM.from_pretrained(path, torch_dtype=torch.float32, attn_implementation="eager").eval()


@pytest.mark.parametrize("fixture", ["tiny_model", "tiny_tied_model"])
def test_logits_match_transformers(fixture, request):
    path = request.getfixturevalue(fixture)
    ours, theirs = M.Qwen2.from_pretrained(path, dtype=torch.float32).eval(), hf_model(path)
    assert ours.config.tie_word_embeddings == (fixture == "tiny_tied_model")
    ids = torch.randint(0, ours.config.vocab_size, (3, 37), generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        a, b = ours(ids), theirs(ids).logits
    assert a.shape == (3, 37, ours.config.vocab_size)
    assert (a - b).abs().max().item() <= 1e-4
    assert set(ours.state_dict()) == set(theirs.state_dict())


def test_packed_equals_padded(tiny_model):
    m, hf = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32).eval(), hf_model(tiny_model)
    g = torch.Generator().manual_seed(1)
    lens = [5, 17, 5, 1, 30, 17]  # equal lengths share one attention call on CPU
    seqs = [torch.randint(0, m.config.vocab_size, (n,), generator=g) for n in lens]
    ids = torch.cat(seqs)
    with torch.no_grad():
        packed = m.lm_head(m.hidden(ids, lens))
        # transformers on right-padded rows with an attention mask, as a user would batch them
        pad = torch.zeros(len(lens), max(lens), dtype=torch.long)
        mask = torch.zeros_like(pad)
        for i, s in enumerate(seqs):
            pad[i, :len(s)], mask[i, :len(s)] = s, 1
        padded = hf(pad, attention_mask=mask).logits
    offsets = [0] + torch.tensor(lens).cumsum(0).tolist()
    for i, n in enumerate(lens):
        assert (packed[offsets[i]:offsets[i + 1]] - padded[i, :n]).abs().max().item() <= 1e-4


def test_chunked_logprobs_match_naive(tiny_model):
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32)
    g = torch.Generator().manual_seed(2)
    T, temp = 50, 0.6
    ids = torch.randint(0, m.config.vocab_size, (T,), generator=g)
    targets = torch.randint(0, m.config.vocab_size, (T,), generator=g)
    lens = [20, 30]
    coef = torch.randn(T, generator=g)

    def run(chunked):
        m.zero_grad()
        h = m.hidden(ids, lens)
        if chunked:
            logp, ent = M.chunked_logprobs(h, m.lm_head.weight, targets, temp, chunk=7)
        else:
            logits = m.lm_head(h) / temp
            lsm = torch.log_softmax(logits, -1)
            logp = lsm.gather(-1, targets[:, None]).squeeze(-1)
            ent = -(lsm.exp() * lsm).sum(-1)
        ((logp * coef).sum() + (ent * coef).sum()).backward()
        return logp.detach(), ent.detach(), {n: p.grad.clone() for n, p in m.named_parameters()}

    lp_a, en_a, g_a = run(True)
    lp_b, en_b, g_b = run(False)
    assert torch.allclose(lp_a, lp_b, atol=1e-5) and torch.allclose(en_a, en_b, atol=1e-5)
    for n in g_a:
        assert torch.allclose(g_a[n], g_b[n], atol=1e-5, rtol=1e-4), n
    # forward() packs the same computation behind FSDP-friendly hooks
    with torch.no_grad():
        lp_c, _ = m(ids, targets=targets, temperature=temp, seq_lens=lens)
    assert torch.allclose(lp_c, lp_a, atol=1e-5)


def test_checkpointing_gives_same_gradients(tiny_model):
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32)
    ids = torch.randint(0, m.config.vocab_size, (40,), generator=torch.Generator().manual_seed(3))
    grads = []
    for flag in (False, True):
        m.zero_grad()
        m.checkpointing = flag
        m(ids, targets=ids.roll(-1), seq_lens=[40])[0].sum().backward()
        grads.append(m.model.layers[0].self_attn.q_proj.weight.grad.clone())
    assert torch.allclose(grads[0], grads[1], atol=1e-6)


def test_kv_cache_decode_matches_full_forward(tiny_model):
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32).eval()
    g = torch.Generator().manual_seed(4)
    prompts = [torch.randint(0, m.config.vocab_size, (n,), generator=g) for n in (3, 9)]
    nxt = torch.randint(0, m.config.vocab_size, (2, 4), generator=g)
    cache = M.KVCache(m.config, 2, 16, torch.float32, "cpu")
    with torch.no_grad():
        m.hidden(torch.cat(prompts), seq_lens=[3, 9], cache=cache)  # prefill
        assert cache.lengths.tolist() == [3, 9] and cache.span == 9  # the cache says what it holds
        for t in range(4):
            h = m.hidden(nxt[:, t], cache=cache, decode=True)
        assert cache.lengths.tolist() == [7, 13] and cache.span == 13
        for b, p in enumerate(prompts):
            full = m.hidden(torch.cat([p, nxt[b]]), [len(p) + 4])
            assert (full[-1] - h[b]).abs().max().item() < 1e-4


def test_save_load_round_trip(tiny_model, tmp_path):
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32)
    m.save_pretrained(str(tmp_path / "out"))
    m2 = M.Qwen2.from_pretrained(str(tmp_path / "out"))
    assert m2.lm_head.weight.dtype == torch.float32
    for k, v in m.state_dict().items():
        assert torch.equal(v, m2.state_dict()[k]), k
    ids = torch.randint(0, m.config.vocab_size, (1, 12))
    with torch.no_grad():
        assert (hf_model(str(tmp_path / "out"))(ids).logits - m(ids)).abs().max() <= 1e-4


def test_tied_save_omits_lm_head(tiny_tied_model, tmp_path):
    from safetensors import safe_open
    m = M.Qwen2.from_pretrained(tiny_tied_model)
    assert m.lm_head.weight is m.model.embed_tokens.weight
    m.save_pretrained(str(tmp_path / "t"))
    with safe_open(str(tmp_path / "t" / "model.safetensors"), "pt") as f:
        assert "lm_head.weight" not in f.keys()


def test_sharded_checkpoint_loads(tiny_model, tmp_path):
    from safetensors.torch import save_file
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32)
    sd = m.hf_state_dict()
    keys = sorted(sd)
    half = len(keys) // 2
    out = tmp_path / "sharded"
    out.mkdir()
    weight_map = {}
    for i, part in enumerate((keys[:half], keys[half:])):
        name = f"model-0000{i + 1}-of-00002.safetensors"
        save_file({k: sd[k].contiguous() for k in part}, str(out / name))
        weight_map.update({k: name for k in part})
    (out / "model.safetensors.index.json").write_text(json.dumps({"weight_map": weight_map}))
    (out / "config.json").write_text(open(os.path.join(tiny_model, "config.json")).read())
    m2 = M.Qwen2.from_pretrained(str(out))
    assert all(torch.equal(v, m2.state_dict()[k]) for k, v in sd.items())


def test_strict_load_names_bad_keys(tiny_model, tmp_path):
    from safetensors.torch import save_file
    m = M.Qwen2.from_pretrained(tiny_model)
    sd = m.hf_state_dict()
    sd.pop("model.norm.weight")
    sd["model.extra.weight"] = torch.zeros(2)
    out = tmp_path / "bad"
    out.mkdir()
    (out / "config.json").write_text(open(os.path.join(tiny_model, "config.json")).read())
    save_file({k: v.contiguous() for k, v in sd.items()}, str(out / "model.safetensors"))
    with pytest.raises(KeyError, match="model.extra.weight"):
        M.Qwen2.from_pretrained(str(out))
    del sd["model.extra.weight"]
    save_file({k: v.contiguous() for k, v in sd.items()}, str(out / "model.safetensors"))
    with pytest.raises(KeyError, match="model.norm.weight"):
        M.Qwen2.from_pretrained(str(out))


@pytest.mark.parametrize("change,match", [
    ({"rope_scaling": {"type": "yarn", "factor": 4.0}}, "rope scaling"),
    ({"use_sliding_window": True}, "sliding"),
    ({"hidden_act": "gelu"}, "hidden_act"),
])
def test_config_refuses_unimplemented_math(tmp_path, change, match):
    cfg = json.load(open(os.path.join(os.path.dirname(M.__file__), "..", "shared", "models",
                                      "r1-distill-qwen-1.5b", "config.json"))) \
        if os.path.exists(os.path.join(os.path.dirname(M.__file__), "..", "shared", "models")) else {}
    cfg.update(change, unknown_harmless_field=1)
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ValueError, match=match):
        M.Qwen2Config.from_json(str(tmp_path / "config.json"))


def test_real_config_reads():
    path = os.path.join(os.path.dirname(os.path.abspath(M.__file__)), "..", "shared", "models",
                        "r1-distill-qwen-1.5b", "config.json")
    if not os.path.exists(path):
        pytest.skip("../shared/models/r1-distill-qwen-1.5b/config.json not present")
    c = M.Qwen2Config.from_json(path)
    assert (c.hidden_size, c.num_hidden_layers, c.head_dim, c.vocab_size, c.tie_word_embeddings) == \
        (1536, 28, 128, 151936, False)


def test_packing_from_host_lengths():
    cu = M.packing([4, 11, 1, 11], "cpu")
    assert cu[1].tolist() == [0, 4, 15, 16, 27] and cu[1].dtype == torch.int32 and cu[2] == 11


def reference_varlen(calls):
    """A stand-in for torch's varlen_attn (CUDA only), written from its documented arguments:
    per sequence i, queries cu_q[i]:cu_q[i+1] against keys cu_k[i]:cu_k[i]+seqused_k[i] (or to
    cu_k[i+1]); window (-1, 0) is causal; enable_gqa shares each K/V head among N/K query heads."""
    def fake(q, k, v, cu_q, cu_k, max_q, max_k, *, window_size=(-1, -1), enable_gqa=False, seqused_k=None,
             is_causal=False, **kw):
        is_causal = is_causal or tuple(window_size) == (-1, 0)  # (torch 2.10's flag)
        calls.append(dict(dtype=q.dtype, max_q=max_q, max_k=max_k, seqused_k=seqused_k is not None,
                          causal=is_causal, gqa=enable_gqa))
        assert cu_q.dtype == torch.int32 and cu_k.dtype == torch.int32
        assert enable_gqa or q.shape[1] == k.shape[1]
        out = torch.empty_like(q)
        for i in range(len(cu_q) - 1):
            qs, qe, ks = int(cu_q[i]), int(cu_q[i + 1]), int(cu_k[i])
            ke = ks + int(seqused_k[i]) if seqused_k is not None else int(cu_k[i + 1])
            assert qe - qs <= max_q and ke - ks <= max_k
            o = torch.nn.functional.scaled_dot_product_attention(
                q[qs:qe].transpose(0, 1).float(), k[ks:ke].transpose(0, 1).float(), v[ks:ke].transpose(0, 1).float(),
                is_causal=is_causal, enable_gqa=enable_gqa)
            out[qs:qe] = o.transpose(0, 1).to(q.dtype)
        return out
    return fake


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float32])
def test_flash_branch_only_for_half_precision(tiny_model, monkeypatch, dtype):
    """As if on CUDA: bf16 takes the varlen kernel (training, prefill and decode, GQA in the kernel,
    decode reading the cache in place via seqused_k); fp32, which FlashAttention has no kernel for,
    takes SDPA. Both give the SDPA path's numbers."""
    m = M.Qwen2.from_pretrained(tiny_model, dtype=dtype).eval()
    lens, g = [5, 12, 1], torch.Generator().manual_seed(6)
    ids = torch.randint(0, m.config.vocab_size, (sum(lens),), generator=g)
    nxt = torch.randint(0, m.config.vocab_size, (3,), generator=g)

    def run():
        cache = M.KVCache(m.config, 3, 16, dtype, "cpu")
        with torch.no_grad():
            packed = m.hidden(ids, seq_lens=lens, cache=cache)
            return packed, m.hidden(nxt, cache=cache, decode=True)

    want = run()
    calls = []
    monkeypatch.setattr(M, "use_flash", lambda t: t.dtype in (torch.float16, torch.bfloat16))  # "cuda and half"
    monkeypatch.setattr(M, "varlen_attn", reference_varlen(calls))
    got = run()
    layers = m.config.num_hidden_layers
    if dtype == torch.float32:
        assert calls == []
    else:
        assert [c["seqused_k"] for c in calls] == [False] * layers + [True] * layers  # prefill, then decode
        assert all(c["gqa"] and c["dtype"] == dtype for c in calls)
        assert [c["causal"] for c in calls] == [True] * layers + [False] * layers
        assert calls[0]["max_q"] == 12 and calls[-1]["max_q"] == 1 and calls[-1]["max_k"] == 13
    tol = 0.1 if dtype == torch.bfloat16 else 1e-6  # bf16: a few ulps at |h| ~ 2; a wrong mask or slot is O(1)
    for a, b in zip(want, got):
        assert (a.float() - b.float()).abs().max().item() <= tol


@pytest.mark.parametrize("keywords", [{"is_causal"}, {"window_size"}, {"window_size", "seqused_k"}])
def test_flash_branch_on_older_varlen_signatures(tiny_model, monkeypatch, keywords):
    """torch 2.10's varlen_attn takes is_causal and no GQA; a build may have a window but no enable_gqa, or seqused_k
    without it: training repeats the K/V heads and passes only keywords the kernel has; decode takes SDPA."""
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.bfloat16).eval()
    lens = [5, 12, 1]
    ids = torch.randint(0, m.config.vocab_size, (sum(lens),), generator=torch.Generator().manual_seed(6))
    with torch.no_grad():
        want = m.hidden(ids, seq_lens=lens)
    calls, fake = [], reference_varlen([])

    def strict(*args, **kw):
        assert set(kw) <= keywords, set(kw) - keywords
        calls.append(kw)
        return fake(*args, **kw)
    monkeypatch.setattr(M, "use_flash", lambda t: t.dtype in (torch.float16, torch.bfloat16))
    monkeypatch.setattr(M, "varlen_attn", strict)
    monkeypatch.setattr(M, "_VARLEN", dict.fromkeys(keywords))
    with torch.no_grad():
        got = m.hidden(ids, seq_lens=lens)
        cache = M.KVCache(m.config, 1, 4, torch.bfloat16, "cpu")
        m.hidden(ids[:1], seq_lens=[1], cache=cache)
        m.hidden(ids[1:2], cache=cache, decode=True)
    assert len(calls) == 2 * m.config.num_hidden_layers  # the two prefills; the decode step went to SDPA
    assert (want.float() - got.float()).abs().max().item() <= 0.1


def test_train_flops_by_hand():
    c = M.Qwen2Config(vocab_size=10, hidden_size=8, intermediate_size=16, num_hidden_layers=1,
                      num_attention_heads=2, num_key_value_heads=1)  # head_dim 4
    # per layer: q 8*8+8, k 8*4+4, v 8*4+4, o 8*8, mlp 3*8*16, norms 2*8 = 72+36+36+64+384+16 = 608;
    # + final norm 8 + lm_head 10*8 = 696 non-embedding parameters. Sequences of 3 and 5 tokens:
    # 6*696*8 = 33408 matmul flops; attention 6*1 layer*2 heads*4*(9+25) = 1632.
    assert M.train_flops(c, [3, 5]) == 33408 + 1632
    model = M.Qwen2(c)
    assert sum(p.numel() for p in model.parameters()) - 10 * 8 == 696  # = parameters minus the embedding
    tied = M.Qwen2Config(**{**c.__dict__, "tie_word_embeddings": True})
    assert M.train_flops(tied, [3, 5]) == M.train_flops(c, [3, 5])  # a tied lm_head still does its matmul
    assert M.train_flops(c, [8]) - M.train_flops(c, [4, 4]) == 6 * 2 * 4 * (64 - 32)


def test_peak_flops_by_exact_name():
    assert M.peak_flops("NVIDIA H100 80GB HBM3") == 989e12  # SXM
    assert M.peak_flops("NVIDIA H100 PCIe") == 756e12
    assert M.peak_flops("NVIDIA H100 NVL") == 835e12
    assert M.peak_flops("NVIDIA H200") == 989e12
    assert M.peak_flops("NVIDIA A100-SXM4-80GB") == 312e12
    assert M.peak_flops("NVIDIA GeForce GTX 1080") is None


@pytest.mark.slow
def test_bench_gpu_dry_run_walks_the_gpu_code():
    """bench.py --gpu runs only where a GPU is lent; its dry run walks the same functions on CPU with
    a tiny model so that a typo there fails here."""
    import subprocess
    import sys
    root = os.path.dirname(os.path.abspath(M.__file__))
    run = subprocess.run([sys.executable, os.path.join(root, "bench.py"), "--gpu", "--dry-run"], capture_output=True,
                         text=True, timeout=600, env=dict(os.environ, OMP_NUM_THREADS="1"))
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    for line in ("bf16 logits, ours vs transformers", "max |Δ| out", "packed tokens:", "batch    4:", "rollout.push"):
        assert line in run.stdout, line


def test_bench_twin_keeps_its_rotary_table_in_fp32():
    """bench.py's bf16 parity figure compares with transformers as from_pretrained loads it: a Module.to(bf16) twin
    rounded its inv_freq too (on this tiny model its logits then differed from ours by 4e-3; the same ops agree)."""
    import bench
    config = M.Qwen2Config(vocab_size=256, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                           num_attention_heads=4, num_key_value_heads=2)
    torch.manual_seed(0)
    ours = bench.init_random(M.Qwen2(config)).to(torch.bfloat16).eval()
    hf = bench.hf_twin(config, ours).eval()
    assert hf.model.rotary_emb.inv_freq.dtype == torch.float32
    assert all(p.dtype == torch.bfloat16 for p in hf.parameters())
    ids = torch.randint(0, 256, (1, 512))
    with torch.no_grad():
        assert (ours(ids).float() - hf(ids).logits.float()).abs().max() < 2e-3


@pytest.mark.gpu
@pytest.mark.parametrize("lens", [[1, 7, 300], [64] * 4])
def test_varlen_kernel_matches_sdpa_on_cuda(lens):
    """The real varlen_attn (bf16, GQA) against SDPA per sequence, forward and backward."""
    torch.manual_seed(0)
    T, dev = sum(lens), "cuda"
    q, k, v = (torch.randn(T, h, 128, device=dev, dtype=torch.bfloat16, requires_grad=True) for h in (12, 2, 2))
    out = M.varlen_attention(q, k, v, M.packing(lens, dev))
    grads = torch.autograd.grad(out.float().square().sum(), (q, k, v))
    starts = [0] + torch.tensor(lens).cumsum(0).tolist()
    qf, kf, vf = (t.detach().float().requires_grad_() for t in (q, k, v))
    ref = torch.cat([torch.nn.functional.scaled_dot_product_attention(
        *(t[s:e].transpose(0, 1) for t in (qf, kf, vf)), is_causal=True, enable_gqa=True).transpose(0, 1)
        for s, e in zip(starts[:-1], starts[1:])])
    ref_grads = torch.autograd.grad(ref.square().sum(), (qf, kf, vf))
    assert (out.float() - ref).abs().max().item() < 2e-2
    for g, r in zip(grads, ref_grads):
        assert (g.float() - r).abs().max().item() < 5e-2 * max(1.0, r.abs().max().item())


@pytest.mark.gpu
def test_cuda_decode_matches_full_forward(tiny_model):
    """bf16 on CUDA: prefill and decode through varlen_attn (seqused_k) agree with full forwards."""
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.bfloat16, device="cuda").eval()
    g = torch.Generator().manual_seed(4)
    prompts = [torch.randint(0, m.config.vocab_size, (n,), generator=g).cuda() for n in (3, 9)]
    nxt = torch.randint(0, m.config.vocab_size, (2, 4), generator=g).cuda()
    cache = M.KVCache(m.config, 2, 16, torch.bfloat16, "cuda")
    with torch.no_grad():
        m.hidden(torch.cat(prompts), seq_lens=[3, 9], cache=cache)
        for t in range(4):
            h = m.hidden(nxt[:, t], cache=cache, decode=True)
        for b, p in enumerate(prompts):
            full = m.hidden(torch.cat([p, nxt[b]]), seq_lens=[len(p) + 4])
            assert (full[-1].float() - h[b].float()).abs().max().item() < 0.1
