"""
The Qwen2 decoder (DeepSeek-R1-Distill-Qwen-1.5B) in plain PyTorch, with Hugging Face parameter names: checkpoints
load strictly and state_dict() goes into vLLM unchanged. Training runs on one packed stream (no padding; positions
restart at 0 in each sequence) through varlen attention: torch's varlen_attn (FlashAttention; FA3 after
enable_fa3()) on CUDA fp16/bf16, SDPA for fp32 and CPU. Log-probs and entropy are computed in chunks, so the
(T, vocab) logits never exist at once. train_flops and peak_flops give MFU.

Shape suffixes: B batch rows, T tokens of a packed stream, D hidden, N query heads, K kv heads,
H head dim, V vocab, C chunk, S cache slots, G sequences of one length L.
"""
import inspect
import itertools
import json
import os
from dataclasses import asdict, dataclass, fields

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.attention.varlen import varlen_attn
from torch.utils.checkpoint import checkpoint

# torch 2.14 runs GQA in the kernel and reads a KV cache in place (seqused_k); 2.10, the CUDA 12 pin, does neither.
_VARLEN = inspect.signature(varlen_attn).parameters


def use_flash(t):  # the varlen kernel takes CUDA fp16/bf16 only (FlashAttention has no fp32); the rest: SDPA
    return t.is_cuda and t.dtype in (torch.float16, torch.bfloat16)


def enable_fa3():
    """FlashAttention 3 under varlen_attn, same calls (Hopper; needs a flash_attn_interface build and torch >= 2.13:
    the CUDA 12 pair's torch 2.10 offers FA4 only; else raises)."""
    torch.nn.attention.activate_flash_attention_impl("FA3")


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
        raw = json.load(open(path))
        rope = raw.get("rope_scaling") or raw.get("rope_parameters") or {}
        # Refuse what would silently change the math (another architecture's weights fail the strict load).
        for key, got, want in (("rope scaling", rope.get("rope_type", rope.get("type", "default")), "default"),
                               ("use_sliding_window", bool(raw.get("use_sliding_window")), False),
                               ("hidden_act", raw.get("hidden_act", "silu"), "silu")):
            if got != want:
                raise ValueError(f"{path}: {key}={got!r} is not implemented (only {want!r})")
        raw.setdefault("rope_theta", rope.get("rope_theta", 10000.0))  # transformers 5 keeps it in rope_parameters
        raw["torch_dtype"] = raw.get("torch_dtype") or raw.get("dtype") or "bfloat16"
        return cls(**{f.name: raw[f.name] for f in fields(cls) if f.name in raw})

    def to_hf(self):
        return dict(architectures=["Qwen2ForCausalLM"], model_type="qwen2", hidden_act="silu",
                    use_sliding_window=False, attention_dropout=0.0, initializer_range=0.02, **asdict(self))


def train_flops(config, seq_lens):
    """Forward + backward FLOPs (backward = 2 x forward) of one packed batch. Matmuls: 6 x non-embedding
    parameters per token; the embedding is a lookup, lm_head counts (tied or not, it is a D x V matmul).
    Attention: QK^T and PV are 2 matmuls x 2 flops x head_dim over the L^2/2 causal pairs of a length-L
    sequence, x3 for fwd+bwd: 6 layers heads head_dim L^2."""
    c = config
    D, N, K, H = c.hidden_size, c.num_attention_heads, c.num_key_value_heads, c.head_dim
    per_layer = (D + 1) * (N + 2 * K) * H + N * H * D + 3 * D * c.intermediate_size + 2 * D  # qkv+bias, o, mlp, norms
    non_embedding = c.num_hidden_layers * per_layer + D + c.vocab_size * D  # + final norm, lm_head
    attention = 6 * c.num_hidden_layers * N * H * sum(n * n for n in seq_lens)
    return 6 * non_embedding * sum(seq_lens) + attention


def peak_flops(device_name):
    """Dense (no sparsity) bf16 peak FLOP/s from NVIDIA's data sheets by exact torch.cuda.get_device_name(), or None
    (no MFU then). "NVIDIA H100 80GB HBM3" is the SXM card, 30% above the PCIe one: never match on "H100" alone."""
    return {"NVIDIA H100 80GB HBM3": 989e12, "NVIDIA H100": 989e12, "NVIDIA H100 PCIe": 756e12, "NVIDIA H20": 148e12,
            "NVIDIA H100 NVL": 835e12, "NVIDIA H200": 989e12, "NVIDIA H200 NVL": 835e12, "NVIDIA L4": 121e12,
            "NVIDIA A100-SXM4-80GB": 312e12, "NVIDIA A100-SXM4-40GB": 312e12, "NVIDIA A100 80GB PCIe": 312e12,
            "NVIDIA A100-PCIE-40GB": 312e12, "NVIDIA B200": 2250e12, "NVIDIA L40S": 362e12}.get(device_name)


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x_TD):  # normalise in fp32 and cast back before the weight, exactly as HF does
        x32_TD = x_TD.float()
        return self.weight * (x32_TD * torch.rsqrt(x32_TD.pow(2).mean(-1, keepdim=True) + self.eps)).to(x_TD.dtype)


def apply_rope(x_TNH, cos_TH, sin_TH):
    x1, x2 = x_TNH.chunk(2, dim=-1)
    return x_TNH * cos_TH[:, None, :] + torch.cat([-x2, x1], dim=-1) * sin_TH[:, None, :]


def varlen_attention(q_TNH, k_TKH, v_TKH, pack):
    """Causal attention within each packed sequence. pack = (seq_lens host list, cu_seqlens int32, longest)."""
    seq_lens, cu, longest = pack
    if use_flash(q_TNH) and "enable_gqa" in _VARLEN:
        return varlen_attn(q_TNH, k_TKH, v_TKH, cu, cu, longest, longest, enable_gqa=True, window_size=(-1, 0))
    if use_flash(q_TNH):  # torch 2.10 (causality a flag), or a window without GQA: K/V heads repeated here
        rep = q_TNH.shape[1] // k_TKH.shape[1]
        causal = dict(window_size=(-1, 0)) if "window_size" in _VARLEN else dict(is_causal=True)
        return varlen_attn(q_TNH, k_TKH.repeat_interleave(rep, 1), v_TKH.repeat_interleave(rep, 1), cu, cu, longest,
                           longest, **causal)
    # SDPA: sequences of equal length go through as one (G, N, L, H) batch: a few calls, not one per sequence.
    lens = torch.tensor(seq_lens)
    starts, out_TNH = lens.cumsum(0) - lens, torch.empty_like(q_TNH)
    for L in sorted(set(seq_lens)):
        rows_GL = (starts[lens == L][:, None] + torch.arange(L)).to(q_TNH.device)  # stream positions
        q, k, v = (t[rows_GL].transpose(1, 2) for t in (q_TNH, k_TKH, v_TKH))  # (G, N|K, L, H)
        out_TNH[rows_GL] = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True).transpose(1, 2)
    return out_TNH


def decode_attention(q_BNH, k_BSKH, v_BSKH, used_B, span):
    """Query b against the first used_B[b] slots of cache row b (span >= max(used_B), on the host). CUDA:
    varlen_attn reads the slots in place (seqused_k); SDPA with a mask runs its math kernel: CPU, fp32."""
    if use_flash(q_BNH) and {"seqused_k", "enable_gqa"} <= _VARLEN.keys():
        B, S = k_BSKH.shape[:2]
        cu_B = torch.arange(B + 1, dtype=torch.int32, device=q_BNH.device)  # query b is token b, row b at slot b*S
        return varlen_attn(q_BNH, k_BSKH.flatten(0, 1), v_BSKH.flatten(0, 1), cu_B, cu_B * S, 1, span,
                           enable_gqa=True, seqused_k=used_B.int())
    mask_BS = torch.arange(span, device=q_BNH.device)[None, :] < used_B[:, None]
    k_BKSH, v_BKSH = (t[:, :span].transpose(1, 2) for t in (k_BSKH, v_BSKH))
    return F.scaled_dot_product_attention(q_BNH[:, :, None], k_BKSH, v_BKSH, attn_mask=mask_BS[:, None, None],
                                          enable_gqa=True)[:, :, 0]


class KVCache:
    """Per-layer keys and values (B, S, K, H): a row's slots are contiguous, as varlen_attn reads them. Row b
    fills lengths[b] slots (on device); span = max(lengths) on the host, so decode reads it without a sync."""

    def __init__(self, config, batch, slots, dtype, device):
        shape, L = (batch, slots, config.num_key_value_heads, config.head_dim), config.num_hidden_layers
        self.k, self.v = ([torch.zeros(shape, dtype=dtype, device=device) for _ in range(L)] for _ in "kv")
        self.lengths, self.span = torch.zeros(batch, dtype=torch.long, device=device), 0

    def select(self, rows):
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
        T, i = x_TD.shape[0], self.layer_idx
        q_TNH = apply_rope(self.q_proj(x_TD).view(T, self.N, self.H), cos_TH, sin_TH)
        k_TKH = apply_rope(self.k_proj(x_TD).view(T, self.K, self.H), cos_TH, sin_TH)
        v_TKH = self.v_proj(x_TD).view(T, self.K, self.H)
        if pack is None:  # decode, one token per cache row: row b's goes to slot lengths[b], attends to 0..lengths[b]
            rows_B = torch.arange(T, device=x_TD.device)
            cache.k[i][rows_B, cache.lengths], cache.v[i][rows_B, cache.lengths] = k_TKH, v_TKH
            o_TNH = decode_attention(q_TNH, cache.k[i], cache.v[i], cache.lengths + 1, cache.span + 1)
        else:  # training, or a cache's prefill: attention within each sequence
            o_TNH = varlen_attention(q_TNH, k_TKH, v_TKH, pack)
            if cache is not None:  # prompt b's keys and values into cache row b
                for b, (k_LKH, v_LKH) in enumerate(zip(k_TKH.split(pack[0]), v_TKH.split(pack[0]))):
                    cache.k[i][b, :len(k_LKH)], cache.v[i][b, :len(v_LKH)] = k_LKH, v_LKH
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


def chunked_logprobs(h_TD, w_VD, targets_T, temperature=1.0, chunk=1024):
    """log softmax(h W^T / temperature)[target] and the distribution's entropy, per token. Chunks are checkpointed:
    forward keeps no (C, V) tensor and backward recomputes one at a time, so a few (C, V) fp32 buffers, not (T, V)."""
    def logp_entropy(h_CD, w_VD, targets_C):
        z_CV = (h_CD @ w_VD.t()).float() / temperature  # the only place logits exist
        lse_C = z_CV.logsumexp(-1)
        logp_C = z_CV.gather(-1, targets_C[:, None]).squeeze(-1) - lse_C
        return logp_C, lse_C - ((z_CV - lse_C[:, None]).exp() * z_CV).sum(-1)  # entropy: one exp pass, not two
    out = [checkpoint(logp_entropy, h_TD[s:s + chunk], w_VD, targets_T[s:s + chunk], use_reentrant=False)
           for s in range(0, h_TD.shape[0], chunk)]
    return torch.cat([o[0] for o in out]), torch.cat([o[1] for o in out])


def packing(seq_lens, device):
    """(seq_lens, cu_seqlens int32 as the kernels want, longest) from host lengths: the copy is queued, no sync."""
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

    def hidden(self, ids_T, seq_lens=None, cache=None, decode=False):
        """Final-norm hidden states (T, D) of a packed stream of sequences of seq_lens (host) tokens. With a cache:
        its prefill (prompt b into row b), or with decode=True a step (a token per row); the cache advances."""
        pos_T = cache.lengths if decode else \
            torch.cat([torch.arange(n) for n in seq_lens]).to(ids_T.device, non_blocking=True)
        pack = None if decode else packing(seq_lens, ids_T.device)
        x_TD, H = self.model.embed_tokens(ids_T), self.config.head_dim
        inv_freq = 1.0 / self.config.rope_theta ** (torch.arange(0, H, 2, device=pos_T.device).float() / H)
        angles_TH = (pos_T.float()[:, None] * inv_freq[None, :]).repeat(1, 2)  # HF's half-rotation layout
        cos_TH, sin_TH = angles_TH.cos().to(x_TD.dtype), angles_TH.sin().to(x_TD.dtype)
        for block in self.model.layers:
            if self.checkpointing and torch.is_grad_enabled():
                x_TD = checkpoint(block, x_TD, cos_TH, sin_TH, pack, use_reentrant=False)
            else:
                x_TD = block(x_TD, cos_TH, sin_TH, pack, cache)
        if cache is not None:
            cache.lengths, cache.span = (cache.lengths + 1, cache.span + 1) if decode else \
                (torch.tensor(seq_lens, device=ids_T.device), max(seq_lens))
        return self.model.norm(x_TD)

    def forward(self, input_ids, targets=None, temperature=1.0, seq_lens=None):
        """(B, T) ids → (B, T, V) logits, as transformers' Qwen2ForCausalLM. Training: input_ids (T,) packs
        sequences of seq_lens tokens, targets (T,) are the next tokens; returns (logp_T, entropy_T) under
        softmax(logits / temperature), inside forward so that FSDP's hooks gather lm_head too."""
        if targets is None:
            B, T = input_ids.shape
            return self.lm_head(self.hidden(input_ids.reshape(-1), [T] * B)).view(B, T, -1)
        return chunked_logprobs(self.hidden(input_ids, seq_lens), self.lm_head.weight, targets, temperature)

    def hf_state_dict(self, state_dict=None):
        """state_dict() (or the one given) as it goes to disk: a tied lm_head is left out, as HF writes it."""
        tied = self.config.tie_word_embeddings
        return {k: v for k, v in (state_dict or self.state_dict()).items() if not (tied and k == "lm_head.weight")}

    @classmethod
    @torch.no_grad()
    def from_pretrained(cls, path, dtype=None, device="cpu"):
        """Strict: a missing or unknown key is an error (a tied lm_head.weight is ignored: the embedding wins)."""
        from safetensors import safe_open
        config = Qwen2Config.from_json(os.path.join(path, "config.json"))
        with torch.device("meta"):
            model = cls(config)
        model.to_empty(device=device).to(dtype or getattr(torch, config.torch_dtype))
        model.tie_weights()  # to_empty makes a fresh tensor per module; tie them again
        idx = os.path.join(path, "model.safetensors.index.json")
        files = sorted(set(json.load(open(idx))["weight_map"].values())) if os.path.exists(idx) else \
            ["model.safetensors"]
        params, missing = model.state_dict(), set(model.hf_state_dict())
        for name in files:
            with safe_open(os.path.join(path, name), framework="pt", device="cpu") as f:
                if set(f.keys()) - set(params):
                    raise KeyError(f"{path}/{name}: unexpected keys {sorted(set(f.keys()) - set(params))[:10]}")
                for key in missing & set(f.keys()):
                    params[key].copy_(f.get_tensor(key))
                missing -= set(f.keys())
        if missing:
            raise KeyError(f"{path}: missing keys {sorted(missing)[:10]} ({len(missing)} in all)")
        return model

    def save_pretrained(self, path, state_dict=None):
        """config.json and model.safetensors (the tokenizer is the caller's); state_dict: full tensors from shards."""
        from safetensors.torch import save_file
        os.makedirs(path, exist_ok=True)
        sd = self.hf_state_dict(state_dict)
        config = dict(self.config.to_hf(), torch_dtype=str(next(iter(sd.values())).dtype).removeprefix("torch."))
        with open(os.path.join(path, "config.json"), "w") as f:
            json.dump(config, f, indent=2)
        save_file({k: v.detach().contiguous().cpu() for k, v in sd.items()},
                  os.path.join(path, "model.safetensors"), metadata={"format": "pt"})
