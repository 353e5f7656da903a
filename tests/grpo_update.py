"""Run by tests/test_grpo.py under torchrun: one GRPO update on a fixed batch, saving the weights.
The batch is dealt to ranks by grpo.plan; the result must not depend on ranks or token budget."""
import os
import sys

import torch
import torch.distributed as dist
from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict

import grpo
from model import Qwen2

model_path, budget, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
compute = torch.bfloat16 if sys.argv[4:] == ["bf16"] else torch.float32  # bf16: the GPU's mixed precision
rank, world, device = grpo.setup()
cfg = grpo.Config(token_budget=budget, temperature=0.7, kl_coef=0.01, entropy_coef=0.01, lr=1e-3, weight_decay=0.0)
model = Qwen2.from_pretrained(model_path, dtype=torch.float32)
ref = Qwen2.from_pretrained(model_path, dtype=compute).requires_grad_(False)  # as grpo.start keeps it
with torch.no_grad():  # make the reference differ so the KL term has a gradient
    ref.lm_head.weight.mul_(1.1)
if rank == 0:
    torch.save({k: v.clone() for k, v in model.state_dict().items()}, out + ".start")
grpo.shard(model, device, compute)
grpo.shard(ref, device, compute)
# SGD, not Adam: Adam's first step is ±lr for any gradient, which would hide (or invent) differences.
opt = torch.optim.SGD(model.parameters(), lr=1.0)

g = torch.Generator().manual_seed(0)
n, groups = 4, 4  # 16 samples
seqs = []
for i in range(n * groups):
    P, R = 5 + i % 3, 3 + (7 * i) % 11
    ids = torch.randint(0, model.config.vocab_size, (P + R,), generator=g).numpy()
    seqs.append(grpo.Seq(ids, P, float(torch.rand(1, generator=g) > 0.5), "", False))
for s, a in zip(seqs, grpo.group_advantages(torch.tensor([s.reward for s in seqs]), n)):
    s.adv = float(a)
micro = grpo.plan([len(s.ids) - 1 for s in seqs], world, budget)
mine = micro[rank]
model.eval()
old = grpo.response_logps(model, seqs, mine, cfg, device)
old = {i: v - 0.3 * (i % 3) for i, v in old.items()}  # some ratios ≠ 1, so clipping is exercised
ref_lp = grpo.response_logps(ref, seqs, mine, cfg, device)
model.train()
syncs = []  # gradients must be reduced once per update, on its last micro-batch
sync = model.set_requires_gradient_sync
model.set_requires_gradient_sync = lambda on, **kw: syncs.append(on) or sync(on, **kw)
stats = grpo.update(model, opt, seqs, micro, dict(old=old, ref=ref_lp, engine=None), cfg, device)
full = get_model_state_dict(model, options=StateDictOptions(full_state_dict=True, cpu_offload=True))
if rank == 0:
    torch.save({k: v.clone() for k, v in full.items()}, out)
    print({k: float(v) for k, v in stats.items()})
    print("syncs", syncs)
dist.barrier()  # both ranks done before either tears gloo down (a rank that left early aborted once in CI)
dist.destroy_process_group()
sys.stdout.flush()  # and no interpreter teardown: a gloo thread still winding down there aborted a finished rank
os._exit(0)  # ("terminate called without an active exception") twice in CI, after its output was written
