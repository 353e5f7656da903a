"""
The Qwen2 decoder (DeepSeek-R1-Distill-Qwen-1.5B's architecture) in plain PyTorch.

Parameter names are Hugging Face's, so a checkpoint folder loads strictly and our state_dict()
goes into vLLM unchanged. Training runs on one packed stream of tokens (no padding): positions
restart at 0 where each sequence begins, and attention is varlen (flash-attn, else torch's
varlen_attn on CUDA, else scaled_dot_product_attention per sequence on CPU). Log-probs and
entropy of the sampled tokens are computed in chunks of the stream, so the (T, vocab) logits
never exist at once.

Shape legend: B batch, T tokens, D hidden, N query heads, K kv heads, H head dim, V vocab,
C chunk, S cache slots.
"""
import inspect
import json
import os
import shutil
from dataclasses import dataclass, fields

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint

try:
    from flash_attn import flash_attn_varlen_func
except ImportError:
    flash_attn_varlen_func = None
try:
    from torch.nn.attention.varlen import varlen_attn
    _VARLEN_ARGS = inspect.signature(varlen_attn).parameters
except ImportError:
    varlen_attn, _VARLEN_ARGS = None, {}


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


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        # Normalise in fp32 and cast back before the weight, exactly as HF does.
        x32 = x.float()
        x32 = x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x32.to(x.dtype)


def rope_cos_sin(pos_T, head_dim, theta, dtype):
    inv_freq = 1.0 / theta ** (torch.arange(0, head_dim, 2, device=pos_T.device).float() / head_dim)
    angles = pos_T.float()[:, None] * inv_freq[None, :]  # (T, H/2)
    angles = torch.cat([angles, angles], dim=-1)  # (T, H): HF's half-rotation layout
    return angles.cos().to(dtype), angles.sin().to(dtype)


def apply_rope(x_TNH, cos_TH, sin_TH):
    x1, x2 = x_TNH.chunk(2, dim=-1)
    rotated = torch.cat([-x2, x1], dim=-1)
    return x_TNH * cos_TH[:, None, :] + rotated * sin_TH[:, None, :]


def varlen_attention(q_TNH, k_TKH, v_TKH, cu_seqlens, max_len):
    """Causal attention within each packed sequence; sequences never see one another."""
    if q_TNH.is_cuda and flash_attn_varlen_func is not None:
        return flash_attn_varlen_func(q_TNH, k_TKH, v_TKH, cu_seqlens, cu_seqlens, max_len, max_len, causal=True)
    if q_TNH.is_cuda and varlen_attn is not None:
        # The keyword for causality moved between torch releases; ask the signature.
        causal = {"window_size": (-1, 0)} if "window_size" in _VARLEN_ARGS else {"is_causal": True}
        if "enable_gqa" in _VARLEN_ARGS:
            causal["enable_gqa"] = True
        else:
            rep = q_TNH.shape[1] // k_TKH.shape[1]
            k_TKH, v_TKH = k_TKH.repeat_interleave(rep, 1), v_TKH.repeat_interleave(rep, 1)
        return varlen_attn(q_TNH, k_TKH, v_TKH, cu_seqlens, cu_seqlens, max_len, max_len, **causal)
    # CPU: sequences of equal length go through SDPA together as one (G, N, L, H) batch, so a
    # stream of many similar-length sequences costs a few calls rather than one per sequence.
    bounds = cu_seqlens.tolist()  # one host sync per forward, not per token
    groups = {}
    for s, e in zip(bounds[:-1], bounds[1:]):
        groups.setdefault(e - s, []).append(s)
    order, out = [], []
    for L, starts in groups.items():
        rows = (torch.tensor(starts)[:, None] + torch.arange(L)).to(q_TNH.device)  # (G, L) stream positions
        q, k, v = (t[rows].transpose(1, 2) for t in (q_TNH, k_TKH, v_TKH))  # (G, N|K, L, H)
        out.append(F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True).transpose(1, 2).flatten(0, 1))
        order.append(rows.flatten())
    return torch.cat(out)[torch.argsort(torch.cat(order))]  # back to stream order


class KVCache:
    """Per-layer key/value slots for B rows of generation; row b holds lengths[b] valid tokens."""

    def __init__(self, config, batch, slots, dtype, device):
        shape = (batch, config.num_key_value_heads, slots, config.head_dim)  # (B, K, S, H)
        self.k = [torch.zeros(shape, dtype=dtype, device=device) for _ in range(config.num_hidden_layers)]
        self.v = [torch.zeros(shape, dtype=dtype, device=device) for _ in range(config.num_hidden_layers)]
        self.lengths = torch.zeros(batch, dtype=torch.long, device=device)


class Attention(nn.Module):
    def __init__(self, config, layer_idx):
        super().__init__()
        D, N, K, H = config.hidden_size, config.num_attention_heads, config.num_key_value_heads, config.head_dim
        self.layer_idx, self.N, self.K, self.H = layer_idx, N, K, H
        self.q_proj = nn.Linear(D, N * H, bias=True)
        self.k_proj = nn.Linear(D, K * H, bias=True)
        self.v_proj = nn.Linear(D, K * H, bias=True)
        self.o_proj = nn.Linear(N * H, D, bias=False)

    def forward(self, x_TD, cos, sin, cu_seqlens, max_len, cache=None):
        T = x_TD.shape[0]
        q = apply_rope(self.q_proj(x_TD).view(T, self.N, self.H), cos, sin)
        k = apply_rope(self.k_proj(x_TD).view(T, self.K, self.H), cos, sin)
        v = self.v_proj(x_TD).view(T, self.K, self.H)
        if cu_seqlens is not None:  # training, or a cache's prefill: attention within each sequence
            o = varlen_attention(q, k, v, cu_seqlens, max_len)
            if cache is not None:  # file prompt b's keys and values into cache row b
                bounds = cu_seqlens.tolist()
                for b, (s, e) in enumerate(zip(bounds[:-1], bounds[1:])):
                    cache.k[self.layer_idx][b, :, : e - s] = k[s:e].transpose(0, 1)
                    cache.v[self.layer_idx][b, :, : e - s] = v[s:e].transpose(0, 1)
        else:  # decode: one new token per row (T == B) at slot lengths[b]
            rows = torch.arange(T, device=x_TD.device)
            ck, cv = cache.k[self.layer_idx], cache.v[self.layer_idx]
            ck[rows, :, cache.lengths] = k
            cv[rows, :, cache.lengths] = v
            S = cache.span
            mask = torch.arange(S, device=x_TD.device)[None, :] <= cache.lengths[:, None]  # (B, S)
            o = F.scaled_dot_product_attention(q[:, :, None], ck[:, :, :S], cv[:, :, :S],
                                               attn_mask=mask[:, None, None, :], enable_gqa=True)[:, :, 0]
        return self.o_proj(o.reshape(T, self.N * self.H))


class MLP(nn.Module):
    def __init__(self, config):
        super().__init__()
        D, I = config.hidden_size, config.intermediate_size
        self.gate_proj = nn.Linear(D, I, bias=False)
        self.up_proj = nn.Linear(D, I, bias=False)
        self.down_proj = nn.Linear(I, D, bias=False)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class Block(nn.Module):
    def __init__(self, config, layer_idx):
        super().__init__()
        self.input_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.self_attn = Attention(config, layer_idx)
        self.post_attention_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.mlp = MLP(config)

    def forward(self, x, cos, sin, cu_seqlens, max_len, cache=None):
        x = x + self.self_attn(self.input_layernorm(x), cos, sin, cu_seqlens, max_len, cache)
        return x + self.mlp(self.post_attention_layernorm(x))


def _logp_entropy(h_CD, w_VD, targets_C, temperature):
    z = (h_CD @ w_VD.t()).float() / temperature  # (C, V), the only place logits exist
    lse = z.logsumexp(-1)
    logp = z.gather(-1, targets_C[:, None]).squeeze(-1) - lse
    entropy = lse - ((z - lse[:, None]).exp() * z).sum(-1)  # the softmax from lse: one exp pass, not two
    return logp, entropy


def chunked_logprobs(h_TD, w_VD, targets_T, temperature=1.0, chunk=1024):
    """log softmax(h W^T / temperature)[target] and the entropy of that distribution, per token.

    Each chunk is checkpointed: forward keeps no (C, V) tensor, backward recomputes one chunk at
    a time, so peak memory is a few (chunk, V) fp32 buffers instead of (T, V).
    """
    out = [checkpoint(_logp_entropy, h_TD[s:s + chunk], w_VD, targets_T[s:s + chunk], temperature,
                      use_reentrant=False) for s in range(0, h_TD.shape[0], chunk)]
    return torch.cat([o[0] for o in out]), torch.cat([o[1] for o in out])


def packed_bounds(pos_T):
    """cu_seqlens (int32, as the varlen kernels want) and the longest sequence, from positions."""
    starts = torch.nonzero(pos_T == 0).flatten()
    cu = torch.cat([starts, starts.new_tensor([pos_T.numel()])]).to(torch.int32)
    return cu, int((cu[1:] - cu[:-1]).max())


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

    def hidden(self, ids_T, pos_T, cache=None):
        """Final-norm hidden states (T, D) of a packed stream. With a cache: prefill when positions
        restart (several prompts, one per cache row), decode when ids_T holds one token per row."""
        filled = int(cache.lengths.max()) if cache is not None else 0  # one host sync per step, not per layer
        decode = filled > 0
        cu_seqlens, max_len = (None, 0) if decode else packed_bounds(pos_T)
        if decode:
            cache.span = filled + 1  # slots in use once this token is written
        x = self.model.embed_tokens(ids_T)
        cos, sin = rope_cos_sin(pos_T, self.config.head_dim, self.config.rope_theta, x.dtype)
        for block in self.model.layers:
            if self.checkpointing and torch.is_grad_enabled():
                x = checkpoint(block, x, cos, sin, cu_seqlens, max_len, use_reentrant=False)
            else:
                x = block(x, cos, sin, cu_seqlens, max_len, cache)
        return self.model.norm(x)

    def forward(self, input_ids, position_ids=None, targets=None, temperature=1.0):
        """(B, T) ids → (B, T, V) logits, as transformers' Qwen2ForCausalLM.

        Training: input_ids (T,) is one packed stream, position_ids (T,) restart at 0 for each
        sequence, and targets (T,) the next token at every position; returns (logp_T, entropy_T)
        under softmax(logits / temperature). All of it runs inside forward so FSDP's hooks gather
        the embedding and lm_head too.
        """
        if targets is None:
            B, T = input_ids.shape
            pos = torch.arange(T, device=input_ids.device).repeat(B)
            return self.lm_head(self.hidden(input_ids.reshape(-1), pos)).view(B, T, -1)
        return chunked_logprobs(self.hidden(input_ids, position_ids), self.lm_head.weight, targets, temperature)

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

