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
    ids, pos = torch.cat(seqs), torch.cat([torch.arange(n) for n in lens])
    with torch.no_grad():
        packed = m.lm_head(m.hidden(ids, pos))
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
    pos = torch.cat([torch.arange(20), torch.arange(30)])
    coef = torch.randn(T, generator=g)

    def run(chunked):
        m.zero_grad()
        h = m.hidden(ids, pos)
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
        lp_c, _ = m(ids, position_ids=pos, targets=targets, temperature=temp)
    assert torch.allclose(lp_c, lp_a, atol=1e-5)


def test_checkpointing_gives_same_gradients(tiny_model):
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32)
    ids = torch.randint(0, m.config.vocab_size, (40,), generator=torch.Generator().manual_seed(3))
    pos = torch.arange(40)
    grads = []
    for flag in (False, True):
        m.zero_grad()
        m.checkpointing = flag
        m(ids, position_ids=pos, targets=ids.roll(-1))[0].sum().backward()
        grads.append(m.model.layers[0].self_attn.q_proj.weight.grad.clone())
    assert torch.allclose(grads[0], grads[1], atol=1e-6)


def test_kv_cache_decode_matches_full_forward(tiny_model):
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32).eval()
    g = torch.Generator().manual_seed(4)
    prompts = [torch.randint(0, m.config.vocab_size, (n,), generator=g) for n in (3, 9)]
    nxt = torch.randint(0, m.config.vocab_size, (2, 4), generator=g)
    cache = M.KVCache(m.config, 2, 16, torch.float32, "cpu")
    with torch.no_grad():
        m.hidden(torch.cat(prompts), torch.cat([torch.arange(len(p)) for p in prompts]), cache)
        cache.lengths[:] = torch.tensor([len(p) for p in prompts])
        for t in range(4):
            h = m.hidden(nxt[:, t], cache.lengths.clone(), cache)
            cache.lengths += 1
        for b, p in enumerate(prompts):
            full = m.hidden(torch.cat([p, nxt[b]]), torch.arange(len(p) + 4))
            assert (full[-1] - h[b]).abs().max().item() < 1e-4


def test_save_load_round_trip(tiny_model, tmp_path):
    m = M.Qwen2.from_pretrained(tiny_model, dtype=torch.float32)
    m.save_pretrained(str(tmp_path / "out"), tokenizer_dir=tiny_model)
    assert os.path.exists(tmp_path / "out" / "tokenizer.json")
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
