"""
The Qwen2 decoder (DeepSeek-R1-Distill-Qwen-1.5B's architecture) in plain PyTorch.

Parameter names are Hugging Face's, so a checkpoint folder loads strictly and our state_dict()
goes into vLLM unchanged. Training runs on one packed stream of tokens (no padding): positions
restart at 0 where each sequence begins, and attention is varlen. One CUDA attention path:
FlashAttention through torch's own torch.nn.attention.varlen.varlen_attn (forward, backward, GQA;
FA2 by default, FA3 on Hopper after enable_fa3()); it takes fp16/bf16 only, so fp32 and CPU go
through scaled_dot_product_attention, one call per group of equal-length sequences. Log-probs and
entropy of the sampled tokens are computed in chunks of the stream, so the (T, vocab) logits
never exist at once. train_flops and peak_flops give MFU, as nanoGPT keeps estimate_mfu by its model.

Shape legend (suffixes): B batch rows, T tokens of a packed stream, D hidden, N query heads,
K kv heads, H head dim, V vocab, C chunk, S cache slots.
"""
import inspect
import itertools
import json
import os
import shutil
from dataclasses import dataclass, fields

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint

try:
    from torch.nn.attention.varlen import varlen_attn
    _VARLEN = inspect.signature(varlen_attn).parameters
except ImportError:  # torch < 2.10
    varlen_attn, _VARLEN = None, {}
HALF = (torch.float16, torch.bfloat16)


def use_flash(t):
    """The varlen kernel takes CUDA fp16/bf16 only (FlashAttention has no fp32); the rest uses SDPA."""
    return varlen_attn is not None and t.is_cuda and t.dtype in HALF


def enable_fa3():
    """FlashAttention 3 under varlen_attn, swapped in by torch at the dispatcher: same calls, another
    kernel (Hopper; needs a flash_attn_interface build installed, else this raises)."""
    from torch.nn.attention import activate_flash_attention_impl
    activate_flash_attention_impl("FA3")


@dataclass
class Qwen2Config:
    vocab_size: int = 151936
    hidden_size: int = 1536
    intermediate_size: int = 8960
    num_hidden_layers: int = 28
    num_attention_heads: int = 12
    num_key_value_heads: int = 2
    max_position_embeddings: int = 131072
    rope_theta: float = 10000.0
    rms_norm_eps: float = 1e-6
    tie_word_embeddings: bool = False
    bos_token_id: int | None = None
    eos_token_id: int | list | None = None
    torch_dtype: str = "bfloat16"

    @property
    def head_dim(self):
        return self.hidden_size // self.num_attention_heads

    @classmethod
    def from_json(cls, path):
        with open(path) as f:
            raw = json.load(f)
        # Refuse what would silently change the math rather than ignore it.
        rope = raw.get("rope_scaling") or raw.get("rope_parameters") or {}
        if rope.get("rope_type", rope.get("type", "default")) != "default":
            raise ValueError(f"{path}: rope scaling {rope} is not implemented (only plain RoPE)")
        if raw.get("use_sliding_window"):
            raise ValueError(f"{path}: use_sliding_window=true is not implemented")
        if raw.get("hidden_act", "silu") != "silu":
            raise ValueError(f"{path}: hidden_act={raw['hidden_act']!r} is not implemented (only silu)")
        if raw.get("model_type", "qwen2") != "qwen2":
            raise ValueError(f"{path}: model_type={raw['model_type']!r}, expected qwen2")
        if "rope_theta" not in raw and "rope_theta" in rope:
            raw["rope_theta"] = rope["rope_theta"]
        raw["torch_dtype"] = raw.get("torch_dtype") or raw.get("dtype") or "bfloat16"
        return cls(**{f.name: raw[f.name] for f in fields(cls) if f.name in raw})

    def to_hf(self):
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        return dict(architectures=["Qwen2ForCausalLM"], model_type="qwen2", hidden_act="silu",
                    use_sliding_window=False, attention_dropout=0.0, initializer_range=0.02, **d)


def train_flops(config, seq_lens):
    """Forward + backward FLOPs of one packed batch of sequences of seq_lens tokens (backward = 2 x
    forward, so x3 in all). Matmuls: 2 flops per multiply-add, so 6 x non-embedding parameters per
    token; the embedding table is a lookup and does not count, lm_head does (untied in R1-distill;
    when tied the same matrix still costs a D x V matmul per token, so it counts either way).
    Attention: per layer and query head, QK^T and PV are 2 matmuls x 2 flops x head_dim over the
    L^2/2 (query, key) pairs of a causal length-L sequence, x3 for fwd+bwd: 6 layers heads head_dim L^2."""
    c = config
    D, N, K, H = c.hidden_size, c.num_attention_heads, c.num_key_value_heads, c.head_dim
    per_layer = (D + 1) * (N + 2 * K) * H + N * H * D + 3 * D * c.intermediate_size + 2 * D  # qkv+bias, o, mlp, norms
    non_embedding = c.num_hidden_layers * per_layer + D + c.vocab_size * D  # + final norm, lm_head
    attention = 6 * c.num_hidden_layers * N * H * sum(n * n for n in seq_lens)
    return 6 * non_embedding * sum(seq_lens) + attention


# Dense (no sparsity) bf16 peaks from NVIDIA's data sheets, by the exact torch.cuda.get_device_name():
# "NVIDIA H100 80GB HBM3" is the SXM card, 30% above the PCIe one, so never match on "H100" alone.
PEAK_BF16 = {"NVIDIA H100 80GB HBM3": 989e12, "NVIDIA H100": 989e12, "NVIDIA H100 PCIe": 756e12,
             "NVIDIA H100 NVL": 835e12, "NVIDIA H200": 989e12, "NVIDIA H200 NVL": 835e12, "NVIDIA H20": 148e12,
             "NVIDIA A100-SXM4-80GB": 312e12, "NVIDIA A100-SXM4-40GB": 312e12, "NVIDIA A100 80GB PCIe": 312e12,
             "NVIDIA A100-PCIE-40GB": 312e12, "NVIDIA B200": 2250e12, "NVIDIA L40S": 362e12, "NVIDIA L4": 121e12}


def peak_flops(device_name):
    """Dense bf16 peak FLOP/s of the named device, or None for one not in the table (no MFU then)."""
    return PEAK_BF16.get(device_name)


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x_TD):
        # Normalise in fp32 and cast back before the weight, exactly as HF does.
        x32_TD = x_TD.float()
        x32_TD = x32_TD * torch.rsqrt(x32_TD.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x32_TD.to(x_TD.dtype)


def rope_cos_sin(pos_T, head_dim, theta, dtype):
    inv_freq = 1.0 / theta ** (torch.arange(0, head_dim, 2, device=pos_T.device).float() / head_dim)
    angles_TH = pos_T.float()[:, None] * inv_freq[None, :]
    angles_TH = torch.cat([angles_TH, angles_TH], dim=-1)  # HF's half-rotation layout
    return angles_TH.cos().to(dtype), angles_TH.sin().to(dtype)


def apply_rope(x_TNH, cos_TH, sin_TH):
    x1, x2 = x_TNH.chunk(2, dim=-1)
    rotated_TNH = torch.cat([-x2, x1], dim=-1)
    return x_TNH * cos_TH[:, None, :] + rotated_TNH * sin_TH[:, None, :]


def flash(q_TNH, k_TKH, v_TKH, cu_q, cu_k, max_q, max_k, causal, **kw):
    """varlen_attn across the torch releases the pins allow: 2.14 (GQA in the kernel, causality as
    a window) and 2.10 (CUDA=12 setup: is_causal, and K/V heads repeated here)."""
    if "enable_gqa" in _VARLEN:
        return varlen_attn(q_TNH, k_TKH, v_TKH, cu_q, cu_k, max_q, max_k, enable_gqa=True,
                           window_size=(-1, 0) if causal else (-1, -1), **kw)
    rep = q_TNH.shape[1] // k_TKH.shape[1]
    return varlen_attn(q_TNH, k_TKH.repeat_interleave(rep, 1), v_TKH.repeat_interleave(rep, 1),
                       cu_q, cu_k, max_q, max_k, is_causal=causal)


def varlen_attention(q_TNH, k_TKH, v_TKH, pack):
    """Causal attention within each packed sequence; sequences never see one another.
    pack = (seq_lens: host list, cu_seqlens: int32 device tensor, longest length)."""
    seq_lens, cu_seqlens, max_len = pack
    if use_flash(q_TNH):
        return flash(q_TNH, k_TKH, v_TKH, cu_seqlens, cu_seqlens, max_len, max_len, causal=True)
    # SDPA: sequences of equal length go through together as one (G, N, L, H) batch, so a stream
    # of many similar-length sequences costs a few calls rather than one per sequence.
    groups, start = {}, 0
    for n in seq_lens:
        groups.setdefault(n, []).append(start)
        start += n
    order, out = [], []
    for L, starts in groups.items():
        rows_GL = (torch.tensor(starts)[:, None] + torch.arange(L)).to(q_TNH.device)  # stream positions
        q, k, v = (t[rows_GL].transpose(1, 2) for t in (q_TNH, k_TKH, v_TKH))  # (G, N|K, L, H)
        out.append(F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True).transpose(1, 2).flatten(0, 1))
        order.append(rows_GL.flatten())
    return torch.cat(out)[torch.argsort(torch.cat(order))]  # back to stream order


def decode_attention(q_BNH, k_BSKH, v_BSKH, used_B, span):
    """One query per row against the first used_B[b] slots of its cache row; span >= max(used_B),
    known on the host. CUDA: the varlen kernel reads each row's slots in place (seqused_k), GQA in
    the kernel. SDPA with a mask falls back to its math kernel and repeats K/V: CPU and fp32 only."""
    if use_flash(q_BNH) and "seqused_k" in _VARLEN:
        B, S = k_BSKH.shape[:2]
        cu_B = torch.arange(B + 1, dtype=torch.int32, device=q_BNH.device)  # query b is token b; row b starts at slot b*S
        return flash(q_BNH, k_BSKH.flatten(0, 1), v_BSKH.flatten(0, 1), cu_B, cu_B * S, 1, span,
                     causal=False, seqused_k=used_B.int())
    mask_BS = torch.arange(span, device=q_BNH.device)[None, :] < used_B[:, None]
    k_BKSH, v_BKSH = k_BSKH[:, :span].transpose(1, 2), v_BSKH[:, :span].transpose(1, 2)
    return F.scaled_dot_product_attention(q_BNH[:, :, None], k_BKSH, v_BKSH, attn_mask=mask_BS[:, None, None, :],
                                          enable_gqa=True)[:, :, 0]


class KVCache:
    """Per-layer keys and values of B rows being generated, (B, S, K, H) so a row's slots are
    contiguous as varlen_attn reads them. It holds lengths[b] filled slots in row b (on device, for
    the kernels) and span = max(lengths) on the host, so decode knows what to read without a sync.
    Qwen2.hidden fills it and advances both."""

    def __init__(self, config, batch, slots, dtype, device):
        shape, L = (batch, slots, config.num_key_value_heads, config.head_dim), config.num_hidden_layers
        self.k, self.v = ([torch.zeros(shape, dtype=dtype, device=device) for _ in range(L)] for _ in "kv")
        self.lengths, self.span = torch.zeros(batch, dtype=torch.long, device=device), 0

    def select(self, rows):
        """Keep (or repeat) rows: rows indexes the current ones."""
        self.k, self.v, self.lengths = [k[rows] for k in self.k], [v[rows] for v in self.v], self.lengths[rows]


class Attention(nn.Module):
    def __init__(self, config, layer_idx):
        super().__init__()
        D, N, K, H = config.hidden_size, config.num_attention_heads, config.num_key_value_heads, config.head_dim
        self.layer_idx, self.N, self.K, self.H = layer_idx, N, K, H
        self.q_proj = nn.Linear(D, N * H, bias=True)
        self.k_proj = nn.Linear(D, K * H, bias=True)
        self.v_proj = nn.Linear(D, K * H, bias=True)
        self.o_proj = nn.Linear(N * H, D, bias=False)

    def forward(self, x_TD, cos_TH, sin_TH, pack, cache=None):
        """pack is None for a decode step (T == B rows of cache, one new token each)."""
        T = x_TD.shape[0]
        q_TNH = apply_rope(self.q_proj(x_TD).view(T, self.N, self.H), cos_TH, sin_TH)
        k_TKH = apply_rope(self.k_proj(x_TD).view(T, self.K, self.H), cos_TH, sin_TH)
        v_TKH = self.v_proj(x_TD).view(T, self.K, self.H)
        if pack is not None:  # training, or a cache's prefill: attention within each sequence
            o_TNH = varlen_attention(q_TNH, k_TKH, v_TKH, pack)
            if cache is not None:  # prompt b's keys and values into cache row b
                start = 0
                for b, n in enumerate(pack[0]):
                    cache.k[self.layer_idx][b, :n] = k_TKH[start:start + n]
                    cache.v[self.layer_idx][b, :n] = v_TKH[start:start + n]
                    start += n
        else:  # decode: row b's token goes to slot lengths[b], then attends to slots 0..lengths[b]
            rows_B = torch.arange(T, device=x_TD.device)
            k_BSKH, v_BSKH = cache.k[self.layer_idx], cache.v[self.layer_idx]
            k_BSKH[rows_B, cache.lengths] = k_TKH
            v_BSKH[rows_B, cache.lengths] = v_TKH
            o_TNH = decode_attention(q_TNH, k_BSKH, v_BSKH, cache.lengths + 1, cache.span + 1)
        return self.o_proj(o_TNH.reshape(T, self.N * self.H))


class MLP(nn.Module):
    def __init__(self, config):
        super().__init__()
        D, I = config.hidden_size, config.intermediate_size
        self.gate_proj = nn.Linear(D, I, bias=False)
        self.up_proj = nn.Linear(D, I, bias=False)
        self.down_proj = nn.Linear(I, D, bias=False)

    def forward(self, x_TD):
        return self.down_proj(F.silu(self.gate_proj(x_TD)) * self.up_proj(x_TD))


class Block(nn.Module):
    def __init__(self, config, layer_idx):
        super().__init__()
        self.input_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.self_attn = Attention(config, layer_idx)
        self.post_attention_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.mlp = MLP(config)

    def forward(self, x_TD, cos_TH, sin_TH, pack, cache=None):
        x_TD = x_TD + self.self_attn(self.input_layernorm(x_TD), cos_TH, sin_TH, pack, cache)
        return x_TD + self.mlp(self.post_attention_layernorm(x_TD))


def _logp_entropy(h_CD, w_VD, targets_C, temperature):
    z_CV = (h_CD @ w_VD.t()).float() / temperature  # the only place logits exist
    lse_C = z_CV.logsumexp(-1)
    logp_C = z_CV.gather(-1, targets_C[:, None]).squeeze(-1) - lse_C
    entropy_C = lse_C - ((z_CV - lse_C[:, None]).exp() * z_CV).sum(-1)  # softmax from lse: one exp pass, not two
    return logp_C, entropy_C


def chunked_logprobs(h_TD, w_VD, targets_T, temperature=1.0, chunk=1024):
    """log softmax(h W^T / temperature)[target] and the entropy of that distribution, per token.

    Each chunk is checkpointed: forward keeps no (C, V) tensor, backward recomputes one chunk at
    a time, so peak memory is a few (chunk, V) fp32 buffers instead of (T, V).
    """
    out = [checkpoint(_logp_entropy, h_TD[s:s + chunk], w_VD, targets_T[s:s + chunk], temperature,
                      use_reentrant=False) for s in range(0, h_TD.shape[0], chunk)]
    return torch.cat([o[0] for o in out]), torch.cat([o[1] for o in out])


def lengths_from_positions(pos_T):
    """Sequence lengths of a packed stream whose positions restart at 0 (one device sync)."""
    starts = torch.nonzero(pos_T == 0).flatten().tolist() + [pos_T.numel()]
    return [e - s for s, e in zip(starts[:-1], starts[1:])]


def packing(seq_lens, device):
    """(seq_lens, cu_seqlens int32 as the kernels want, longest) from host lengths: no device sync
    (a host-to-device copy is queued, not waited for)."""
    cu = torch.tensor([0, *itertools.accumulate(seq_lens)], dtype=torch.int32, device=device)
    return list(seq_lens), cu, max(seq_lens)


class Qwen2(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.model = nn.ModuleDict(dict(
            embed_tokens=nn.Embedding(config.vocab_size, config.hidden_size),
            layers=nn.ModuleList(Block(config, i) for i in range(config.num_hidden_layers)),
            norm=RMSNorm(config.hidden_size, config.rms_norm_eps)))
        self.lm_head = nn.Linear(config.hidden_size, config.vocab_size, bias=False)
        self.tie_weights()
        self.checkpointing = False  # activation checkpointing per block, set by the trainer

    def tie_weights(self):
        if self.config.tie_word_embeddings:
            self.lm_head.weight = self.model.embed_tokens.weight

    def hidden(self, ids_T, pos_T=None, seq_lens=None, cache=None, decode=False):
        """Final-norm hidden states (T, D) of a packed stream of sequences of seq_lens tokens.
        seq_lens from the host costs no device sync; without it they are read off pos_T (one sync),
        and without pos_T positions are 0.. in each sequence. With a cache and decode=False this is
        the prefill (prompt b into cache row b); decode=True is one step: ids_T holds one new token
        per cache row, at position cache.lengths. Either way the cache is advanced past the tokens."""
        if decode:
            pos_T, pack = cache.lengths, None
        else:
            if seq_lens is None:
                seq_lens = lengths_from_positions(pos_T)
            elif pos_T is None:
                pos_T = torch.cat([torch.arange(n) for n in seq_lens]).to(ids_T.device, non_blocking=True)
            pack = packing(seq_lens, ids_T.device)
        x_TD = self.model.embed_tokens(ids_T)
        cos_TH, sin_TH = rope_cos_sin(pos_T, self.config.head_dim, self.config.rope_theta, x_TD.dtype)
        for block in self.model.layers:
            if self.checkpointing and torch.is_grad_enabled():
                x_TD = checkpoint(block, x_TD, cos_TH, sin_TH, pack, use_reentrant=False)
            else:
                x_TD = block(x_TD, cos_TH, sin_TH, pack, cache)
        if cache is not None:
            cache.lengths, cache.span = (cache.lengths + 1, cache.span + 1) if decode else \
                (torch.tensor(seq_lens, device=ids_T.device), max(seq_lens))
        return self.model.norm(x_TD)

    def forward(self, input_ids, position_ids=None, targets=None, temperature=1.0, seq_lens=None):
        """(B, T) ids → (B, T, V) logits, as transformers' Qwen2ForCausalLM.

        Training: input_ids (T,) is one packed stream of sequences of seq_lens tokens (a host list:
        no device sync; or read off position_ids, which restart at 0 in each sequence), targets (T,)
        the next token at every position; returns (logp_T, entropy_T) under softmax(logits /
        temperature). All of it runs inside forward so FSDP's hooks gather embedding and lm_head too.
        """
        if targets is None:
            B, T = input_ids.shape
            h_TD = self.hidden(input_ids.reshape(-1), seq_lens=[T] * B)
            return self.lm_head(h_TD).view(B, T, -1)
        h_TD = self.hidden(input_ids, position_ids, seq_lens)
        return chunked_logprobs(h_TD, self.lm_head.weight, targets, temperature)

    def hf_state_dict(self):
        """state_dict() as it goes to disk: a tied lm_head is left out, as HF writes it."""
        sd = self.state_dict()
        if self.config.tie_word_embeddings:
            sd.pop("lm_head.weight")
        return sd

    @classmethod
    def from_pretrained(cls, path, dtype=None, device="cpu"):
        from safetensors import safe_open
        config = Qwen2Config.from_json(os.path.join(path, "config.json"))
        dtype = dtype or getattr(torch, config.torch_dtype)
        with torch.device("meta"):
            model = cls(config)
        model.to_empty(device=device).to(dtype)
        model.tie_weights()  # to_empty makes a fresh tensor per module; tie them again
        index = os.path.join(path, "model.safetensors.index.json")
        if os.path.exists(index):
            with open(index) as f:
                files = sorted(set(json.load(f)["weight_map"].values()))
        elif os.path.exists(os.path.join(path, "model.safetensors")):
            files = ["model.safetensors"]
        else:
            raise FileNotFoundError(f"{path}: no model.safetensors or model.safetensors.index.json")
        expected, params, seen = set(model.hf_state_dict()), model.state_dict(), set()
        # Some tied checkpoints still carry lm_head.weight; it is tolerated and the embedding wins.
        tolerated = {"lm_head.weight"} if config.tie_word_embeddings else set()
        for name in files:
            with safe_open(os.path.join(path, name), framework="pt", device="cpu") as f:
                unexpected = set(f.keys()) - expected - tolerated
                if unexpected:
                    raise KeyError(f"{path}/{name}: unexpected keys {sorted(unexpected)[:10]}")
                for key in set(f.keys()) & expected:
                    with torch.no_grad():
                        params[key].copy_(f.get_tensor(key))
                    seen.add(key)
        if expected - seen:
            raise KeyError(f"{path}: missing keys {sorted(expected - seen)[:10]} ({len(expected - seen)} in all)")
        return model

    def save_pretrained(self, path, tokenizer_dir=None, state_dict=None):
        """An HF folder: config.json, model.safetensors, and the tokenizer files copied across.
        state_dict lets the trainer pass full tensors it gathered from shards."""
        from safetensors.torch import save_file
        os.makedirs(path, exist_ok=True)
        sd = state_dict if state_dict is not None else self.hf_state_dict()
        if self.config.tie_word_embeddings:
            sd = {k: v for k, v in sd.items() if k != "lm_head.weight"}
        dtype = next(iter(sd.values())).dtype
        config = dict(self.config.to_hf(), torch_dtype=str(dtype).removeprefix("torch."))
        with open(os.path.join(path, "config.json"), "w") as f:
            json.dump(config, f, indent=2)
        save_file({k: v.detach().contiguous().cpu() for k, v in sd.items()},
                  os.path.join(path, "model.safetensors"), metadata={"format": "pt"})
        if tokenizer_dir:
            for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
                         "generation_config.json", "vocab.json", "merges.txt", "chat_template.jinja"):
                if os.path.exists(os.path.join(tokenizer_dir, name)):
                    shutil.copy(os.path.join(tokenizer_dir, name), os.path.join(path, name))

