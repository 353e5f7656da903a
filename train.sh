#!/usr/bin/env bash
# train.sh: the DeepScaleR schedule. GRPO with 8K responses and 8 samples per prompt until step 1040,
# then 16K with 16 samples for 480 more steps, then 24K with 16 samples for ~230 more. All stages
# share one run folder and one global step. Each stage resumes the last checkpoint of the stage
# before: weights, Adam state, data cursor. A finished stage leaves $RUN/stage<k>.done holding the
# step it ended at, so rerunning this script skips finished stages and continues an interrupted
# stage from its last checkpoint.
#
#   bash train.sh --model deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B --data train.jsonl   # 1 node, all GPUs
#   RESET_OPTIMIZER=1 RUN=runs/adam-reset bash train.sh ...   # fresh Adam at each stage, as DeepScaleR did
#   AUTO_STAGE=1 bash train.sh ...     # a stage may also end early, once truncation keeps rising (grpo.py --stop-*)
#   # SLURM, 4 nodes × 8 GPUs: the 8K stage on 1 node (the 3 other nodes wait), 16K and 24K on all 4:
#   STAGE1_NNODES=1 srun --nodes 4 --ntasks-per-node 1 --kill-on-bad-exit=1 bash train.sh --data train.jsonl
#   bash train.sh --demo               # the miniature on CPU (demo.py): the same walk in ~5 minutes
#
# --demo: the recipe in miniature, every stage's defaults scaled down. The distilled tiny model
# (demo.py build, cached in runs/demo-base) on 2 ranks, 8 samples per prompt, limits 48 -> 72 -> 104
# tokens for 40 / 25 / 15 steps, a fresh Adam at each stage (as DeepScaleR), then the figures
# (runs/demo/curves.png) and the stage-by-stage table (demo.py report). Each limit is chosen as the
# recipe chose 8K: it cuts the teacher's verbose traces (~12.5n + 8 tokens at difficulty n) but fits the
# concise ones (8n + 8) of the problems the stage should solve: n <= 5 at 48, n <= 8 at 72. The last
# stage leaves n = 9 (80 tokens) room for the re-check lines the policy still writes there, never
# having been trained on n = 9 within a limit: at 88 none of its right answers fit and stage 3 learnt
# nothing; at 104 a quarter of them do (RESULTS.md).
#
# Arguments go to every grpo.py call; the stage's own flags (--out --max-len --n-samples --max-steps)
# come after them and win. Environment, with defaults:
#   RUN=runs/deepscaler        the run folder (not --out)
#   STAGE<k>_LEN, STAGE<k>_SAMPLES, STAGE<k>_STEPS   8192 8 1040 | 16384 16 480 | 24576 16 230 for k = 1 2 3;
#                              a stage's end step = the step the stage before actually ended at + STAGE<k>_STEPS
#   NPROC_PER_NODE=gpu         processes per node (torchrun's "gpu": every visible GPU)
#   NNODES, NODE_RANK          from SLURM ($SLURM_NNODES, $SLURM_NODEID) or 1, 0
#   MASTER_ADDR, MASTER_PORT   the first host of $SLURM_JOB_NODELIST (or 127.0.0.1), 29500
#   STAGE<k>_NNODES, STAGE<k>_NPROC_PER_NODE   per-stage overrides of the two above
#   RESET_OPTIMIZER=0          1: a stage starts with a fresh Adam (not when it resumes mid-stage)
#   AUTO_STAGE=0               1: pass STOP_TRUNCATION=0.05 STOP_REWARD_GAIN=0 STOP_WINDOW=50 to grpo.py
#   LAST_STAGE=3               stop after this stage (e.g. the 8K stage as a job of its own)
#   TORCHRUN=torchrun          the launcher (.venv/bin/torchrun when setup.sh made one), split on spaces ("python -m torch.distributed.run" works)
set -euo pipefail
shopt -s nullglob

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# setup.sh's virtual environment when there is one, so a fresh checkout needs no activation
VENV=$HERE/.venv/bin
PY=python3; [[ -x $VENV/python ]] && PY=$VENV/python
DEFAULT_TORCHRUN=torchrun; [[ -x $VENV/torchrun ]] && DEFAULT_TORCHRUN=$VENV/torchrun
DEMO=0
for arg in "$@"; do
    [[ $arg == --demo ]] && DEMO=1
    if [[ $arg == -h || $arg == --help ]]; then  # this header; grpo.py's own flags: python grpo.py --help
        sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
        exit 0
    fi
done
if (( DEMO )); then
    RUN=${RUN:-runs/demo}
    STAGE1_LEN=${STAGE1_LEN:-48} STAGE1_SAMPLES=${STAGE1_SAMPLES:-8} STAGE1_STEPS=${STAGE1_STEPS:-40}
    STAGE2_LEN=${STAGE2_LEN:-72} STAGE2_SAMPLES=${STAGE2_SAMPLES:-8} STAGE2_STEPS=${STAGE2_STEPS:-25}
    STAGE3_LEN=${STAGE3_LEN:-104} STAGE3_SAMPLES=${STAGE3_SAMPLES:-8} STAGE3_STEPS=${STAGE3_STEPS:-15}
    if [[ -z ${NPROC_PER_NODE:-} ]]; then  # 2 ranks; 1 on a single GPU (grpo.py gives each rank a GPU of its own)
        gpus=$("$PY" -c "import torch; print(torch.cuda.device_count())" 2>/dev/null || echo 0)
        NPROC_PER_NODE=$(( gpus == 1 ? 1 : 2 ))
    fi
    RESET_OPTIMIZER=${RESET_OPTIMIZER:-1}
    export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}  # one thread per rank: two were 3-5x slower on 2 cores
    if [[ " $* " != *" --model "* && " $* " != *" --model="* ]]; then "$PY" "$HERE/demo.py" build runs/demo-base; fi  # grpo's --demo default
fi
RUN=${RUN:-runs/deepscaler}
TORCHRUN=${TORCHRUN:-$DEFAULT_TORCHRUN}
STAGE1_LEN=${STAGE1_LEN:-8192}  STAGE1_SAMPLES=${STAGE1_SAMPLES:-8}  STAGE1_STEPS=${STAGE1_STEPS:-1040}
STAGE2_LEN=${STAGE2_LEN:-16384} STAGE2_SAMPLES=${STAGE2_SAMPLES:-16} STAGE2_STEPS=${STAGE2_STEPS:-480}
STAGE3_LEN=${STAGE3_LEN:-24576} STAGE3_SAMPLES=${STAGE3_SAMPLES:-16} STAGE3_STEPS=${STAGE3_STEPS:-230}
NPROC_PER_NODE=${NPROC_PER_NODE:-gpu}
NNODES=${NNODES:-${SLURM_NNODES:-1}}
NODE_RANK=${NODE_RANK:-${SLURM_NODEID:-0}}
if [[ -z ${MASTER_ADDR:-} && -n ${SLURM_JOB_NODELIST:-} ]]; then
    MASTER_ADDR=$(scontrol show hostnames "$SLURM_JOB_NODELIST" | sed -n 1p)
fi
MASTER_ADDR=${MASTER_ADDR:-127.0.0.1}
MASTER_PORT=${MASTER_PORT:-29500}
RESET_OPTIMIZER=${RESET_OPTIMIZER:-0}
AUTO_STAGE=${AUTO_STAGE:-0}
# 5% truncated and rising over 50 steps; the reward test (gain over 50 steps) is off: alone, batch noise trips it.
STOP_TRUNCATION=${STOP_TRUNCATION:-0.05} STOP_REWARD_GAIN=${STOP_REWARD_GAIN:-0} STOP_WINDOW=${STOP_WINDOW:-50}
LAST_STAGE=${LAST_STAGE:-3}
# On SIGTERM (scancel, preemption, `sbatch --signal=TERM@900`) torchrun passes the signal to grpo.py,
# which finishes its step and saves; torchrun SIGKILLs it after this many seconds (default 30: less than an 8K step).
export TORCH_ELASTIC_SHUTDOWN_TIMEOUT=${TORCH_ELASTIC_SHUTDOWN_TIMEOUT:-900}

latest_checkpoint() {  # newest complete checkpoint: grpo.py writes step_NNNNNN.tmp, meta.json last, then renames
    local metas=("$RUN"/checkpoints/step_*[0-9]/meta.json)
    if (( ${#metas[@]} )); then dirname "${metas[-1]}"; fi
}

step_of() {  # step_000042 → 42
    local name=${1##*/step_}
    echo $((10#$name))
}

prev_end=0
for k in 1 2 3; do
    len_var=STAGE${k}_LEN samples_var=STAGE${k}_SAMPLES steps_var=STAGE${k}_STEPS
    len=${!len_var} samples=${!samples_var}
    nnodes_var=STAGE${k}_NNODES nproc_var=STAGE${k}_NPROC_PER_NODE
    nnodes=${!nnodes_var:-$NNODES} nproc=${!nproc_var:-$NPROC_PER_NODE}
    done_file=$RUN/stage$k.done
    if [[ ! -f $done_file ]] && (( NODE_RANK >= nnodes )); then  # this node sits the stage out
        echo "train.sh: stage $k runs on $nnodes node(s); node $NODE_RANK waits for $done_file"
        until [[ -f $done_file ]]; do sleep 20; done
    fi
    if [[ -f $done_file ]]; then
        prev_end=$(<"$done_file")
        echo "train.sh: stage $k ($len tokens) done at step $prev_end"
        if (( k >= LAST_STAGE )); then break; fi
        continue
    fi
    end=$((prev_end + ${!steps_var}))
    args=(--out "$RUN" --resume auto --max-len "$len" --n-samples "$samples" --max-steps "$end")
    ckpt=$(latest_checkpoint)
    # A stage starts from the checkpoint the stage before ended at; any later one means it is resuming.
    if [[ $RESET_OPTIMIZER == 1 && -n $ckpt ]] && (( $(step_of "$ckpt") == prev_end )); then
        args+=(--reset-optimizer)
    fi
    if [[ $AUTO_STAGE == 1 ]]; then
        args+=(--stop-truncation "$STOP_TRUNCATION" --stop-reward-gain "$STOP_REWARD_GAIN" --stop-window "$STOP_WINDOW")
    fi
    if (( nnodes == 1 )); then
        launch=(--standalone --nproc-per-node "$nproc")  # a free local port: runs on one box never collide
    else  # a port per stage: the previous stage's rendezvous socket may linger in TIME_WAIT
        launch=(--nnodes "$nnodes" --node-rank "$NODE_RANK" --nproc-per-node "$nproc"
                --master-addr "$MASTER_ADDR" --master-port $((MASTER_PORT + k)))
    fi
    echo "train.sh: stage $k: $len tokens, $samples samples per prompt, to step $end on $nnodes node(s): ${args[*]}"
    # $TORCHRUN unquoted on purpose: a launcher may be several words. In the background, so that train.sh, stopped
    # by SIGTERM or Ctrl-C, waits while the ranks save (bash would die at once, leaving them orphans): a SIGTERM is
    # passed on (torchrun takes a second one from a group-wide signal in its stride); Ctrl-C reaches torchrun from
    # the terminal already, and a second would interrupt the save.
    $TORCHRUN "${launch[@]}" "$HERE/grpo.py" "$@" "${args[@]}" &
    pid=$!
    trap 'kill -TERM "$pid" 2>/dev/null' TERM
    trap ':' INT
    status=0
    wait "$pid" || status=$?
    while kill -0 "$pid" 2>/dev/null; do  # a trapped signal ends `wait` early: wait on for the real status
        status=0
        wait "$pid" || status=$?
    done
    trap - TERM INT
    ckpt=$(latest_checkpoint)
    # grpo.py exits 0 at --max-steps and 3 (EXIT_STAGE_DONE) when its trigger ends the stage, but
    # torchrun reports any non-zero worker status as 1. So the trigger is also read from the
    # checkpoint it saved, one of this stage's: its meta.json carries "stage_end" (the reason).
    triggered=0
    if [[ -n $ckpt ]] && (( $(step_of "$ckpt") > prev_end )) && grep -q '"stage_end": "' "$ckpt/meta.json"; then
        triggered=1
    fi
    if (( status != 0 && status != 3 && !triggered )); then
        echo "train.sh: stage $k ($len tokens) failed or was stopped (exit status $status);" \
             "run train.sh again to resume it from ${ckpt:-the start}" >&2
        exit "$status"
    fi
    at=$prev_end; [[ -n $ckpt ]] && at=$(step_of "$ckpt")
    if (( at < end && !triggered )); then  # exit 0 short of the end step: nothing to mark done
        echo "train.sh: stage $k stopped at step $at, before its end step $end, without a stage trigger;" \
             "not marked done" >&2
        exit 1
    fi
    prev_end=$at
    echo "$prev_end" > "$done_file.$NODE_RANK.tmp"  # every node writes the same number; mv makes it atomic
    mv "$done_file.$NODE_RANK.tmp" "$done_file"
    echo "train.sh: stage $k ($len tokens) ended at step $prev_end$( ((triggered && at < end)) && echo ", by the automatic trigger")"
    if (( k >= LAST_STAGE )); then break; fi
done
if (( DEMO )) && [[ -d $RUN/eval ]]; then  # grpo.py drew $RUN/curves.png (plot.py) as each stage ended
    "$PY" "$HERE/demo.py" report "$RUN"
    echo "train.sh: the figures are in $RUN/curves.png"
fi
