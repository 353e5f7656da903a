"""Launched by tests/test_rollout.py under torchrun (2 ranks, gloo): each rank builds its own vLLM
engine inside the process group, as grpo.py does, samples, pushes and checks. Rank 0 prints one
JSON line with what every rank saw."""
import json
import os
import sys

import torch
import torch.distributed as dist
from torch.distributed.device_mesh import init_device_mesh
from torch.distributed.fsdp import fully_shard

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import model as M  # noqa: E402
import rollout  # noqa: E402

path = sys.argv[1]
dist.init_process_group("gloo")
engine = rollout.VLLMEngine(path, max_model_len=256, seed=0, dtype="float32")  # a collective
prompt = [[0, 5, 6, 7, 8, 9]]
draw = lambda seed: [s.token_ids for s in engine.generate(prompt, 4, 1.0, 1.0, 24, seed=seed)]  # noqa: E731
first, again, other = draw(7), draw(7), draw(8)
# A push on every rank from the trainer's model sharded by FSDP2, as grpo.py shards it: each
# tensor is gathered (a collective) and the probe is scored by the sharded model.
m = M.Qwen2.from_pretrained(path, dtype=torch.float32)
with torch.no_grad():
    m.lm_head.weight.mul_(20.0)  # peaky logits: a stale engine could not pass the check
full = {k: v.clone() for k, v in m.state_dict().items()}
mesh = init_device_mesh("cpu", (dist.get_world_size(),))
for block in m.model.layers:
    fully_shard(block, mesh=mesh)
fully_shard(m, mesh=mesh)
probe = (torch.arange(0, 60) % m.config.vocab_size).tolist()
seconds, gap = rollout.push(engine, m, probe, rollout.PUSH_TOL[torch.float32])
# Into a bf16 engine the shards are cast first: what is gathered is already bf16, and equals the cast.
half = dict(rollout.full_weights(m, torch.bfloat16))
cast_ok = all(v.dtype == torch.bfloat16 and torch.equal(v, full[k].to(torch.bfloat16)) for k, v in half.items())
mine = dict(rank=dist.get_rank(), first=first, again=again, other=other, gap=gap, push_s=seconds,
            cast_ok=cast_ok)
every = [None] * dist.get_world_size()
dist.all_gather_object(every, mine)
if dist.get_rank() == 0:
    print("RESULT " + json.dumps(every), flush=True)
# No destroy_process_group(): vLLM's exit hook tears down its groups and fails if the default one
# is already gone (LLM has no public shutdown in 0.32). The process exits with the group alive.
