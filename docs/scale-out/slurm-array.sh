#!/usr/bin/env bash
# ScenarioSim on Slurm: one run (or sweep, or sensitivity analysis) split into N shards, one array
# task per shard, then a merge.
#
#   bash docs/scale-out/slurm-array.sh [SBATCH OPTIONS]   # from a login node: submits the array and a
#                                                          # merge that runs only if every task succeeded
#   sbatch docs/scale-out/slurm-array.sh                   # the shards only; merge by hand afterwards
#
# Task K (SLURM_ARRAY_TASK_ID = 1..N) runs shard K of N and writes RUN_DIR/shard-K-of-N.partial.json
# (sweep-K-of-N... for a sweep, sensitivity-K-of-N... for a sensitivity analysis); the merge writes
# RUN_DIR/final, identical to the byte to what the unsharded command writes. From a login node, any
# SBATCH OPTIONS are passed to the array's sbatch (e.g. --array=1-64%16 --cpus-per-task=8 --partition=long)
# and task logs go to RUN_DIR/logs/. Settings come from the environment (sbatch passes it on):
#   SCENARIOSIM   the runner command (default: scenariosim; e.g. "dotnet /opt/scenariosim/scenariosim.dll")
#   VERB          run (default), sweep or sensitivity
#   SCENARIO      the scenario file (default: scenarios/baseline.yaml)
#   REPLICATIONS  replications of the whole run, or of each design point (default: 100000)
#   ARGS          further options of the verb, split on spaces (e.g. "--param isis.recruitment_rate=0.0008:0.0012:5")
#   RUN_DIR       where the shards and the merged result go (default: results/baseline-100k), on a
#                 file system every node sees
#   SHARDS        N, the number of shards (default: the array's highest index, SLURM_ARRAY_TASK_MAX).
#                 Set it when you resubmit some tasks only: SHARDS=8 bash slurm-array.sh --array=3,5
#
#SBATCH --job-name=scenariosim
#SBATCH --array=1-8
#SBATCH --cpus-per-task=4
#SBATCH --mem=1G
#SBATCH --time=02:00:00
#SBATCH --output=scenariosim-%A_%a.out
set -euo pipefail

read -r -a scenariosim <<< "${SCENARIOSIM:-scenariosim}"
verb=${VERB:-run}
scenario=${SCENARIO:-scenarios/baseline.yaml}
replications=${REPLICATIONS:-100000}
read -r -a verb_args <<< "${ARGS:-}"
run_dir=${RUN_DIR:-results/baseline-100k}

if [[ -z "${SLURM_ARRAY_TASK_ID:-}" ]]; then
  # Not an array task: submit the shards, then the merge, which starts only if every shard succeeded
  # and is cancelled at once if one failed (it would otherwise wait for ever).
  mkdir -p "$run_dir/logs"
  array_job=$(sbatch --parsable --output="$run_dir/logs/%x-%A_%a.out" "$@" "$0")
  array_job=${array_job%%;*}
  merge_job=$(sbatch --parsable --job-name=scenariosim-merge --dependency="afterok:${array_job}" \
    --kill-on-invalid-dep=yes --output="$run_dir/logs/%x-%j.out" \
    --wrap="${scenariosim[*]} merge '${run_dir}' --out '${run_dir}/final'")
  merge_job=${merge_job%%;*}
  echo "submitted shards as job ${array_job} and the merge as job ${merge_job}"
  exit 0
fi

shards=${SHARDS:-${SLURM_ARRAY_TASK_MAX:?SLURM_ARRAY_TASK_MAX is not set: run this as a Slurm array (--array=1-N)}}
mkdir -p "$run_dir"
exec "${scenariosim[@]}" "$verb" "$scenario" \
  --replications "$replications" \
  "${verb_args[@]}" \
  --threads "${SLURM_CPUS_PER_TASK:-1}" \
  --shard "${SLURM_ARRAY_TASK_ID}/${shards}" \
  --out "$run_dir"
