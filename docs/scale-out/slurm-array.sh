#!/usr/bin/env bash
# ScenarioSim on Slurm: one run split into N shards, one array task per shard, then a merge.
#
#   bash docs/scale-out/slurm-array.sh     # from a login node: submits the array and a merge that waits for it
#   sbatch docs/scale-out/slurm-array.sh   # the shards only; merge by hand afterwards
#
# Task K (SLURM_ARRAY_TASK_ID = 1..N) runs shard K of N and writes RUN_DIR/shard-K-of-N.partial.json;
# the merge writes RUN_DIR/final/{summary.json,metrics.csv,series.csv}, identical to the byte to an
# unsharded run. N is the array's size: keep --array=1-N (a %limit is fine, e.g. 1-64%16) or override
# it on the command line (sbatch --array=1-64 ...). Settings come from the environment (sbatch passes
# it on):
#   SCENARIOSIM   the runner command (default: scenariosim; e.g. "dotnet /opt/scenariosim/scenariosim.dll")
#   SCENARIO      the scenario file (default: scenarios/baseline.yaml)
#   REPLICATIONS  replications of the whole run (default: 100000)
#   RUN_DIR       where the shards and the merged result go (default: results/baseline-100k), on a
#                 file system every node sees
#
#SBATCH --job-name=scenariosim
#SBATCH --array=1-8
#SBATCH --cpus-per-task=4
#SBATCH --mem=1G
#SBATCH --time=02:00:00
#SBATCH --output=scenariosim-%A_%a.out
set -euo pipefail

read -r -a scenariosim <<< "${SCENARIOSIM:-scenariosim}"
scenario=${SCENARIO:-scenarios/baseline.yaml}
replications=${REPLICATIONS:-100000}
run_dir=${RUN_DIR:-results/baseline-100k}

if [[ -z "${SLURM_ARRAY_TASK_ID:-}" ]]; then
  # Not an array task: submit the shards, then the merge, which starts only if every shard succeeded.
  array_job=$(sbatch --parsable "$0")
  array_job=${array_job%%;*}
  merge_job=$(sbatch --parsable --job-name=scenariosim-merge --dependency="afterok:${array_job}" \
    --output="scenariosim-merge-%j.out" \
    --wrap="${scenariosim[*]} merge '${run_dir}' --out '${run_dir}/final'")
  echo "submitted shards as job ${array_job} and the merge as job ${merge_job}"
  exit 0
fi

shards=${SLURM_ARRAY_TASK_MAX:?SLURM_ARRAY_TASK_MAX is not set: run this as a Slurm array (--array=1-N)}
mkdir -p "$run_dir"
exec "${scenariosim[@]}" run "$scenario" \
  --replications "$replications" \
  --threads "${SLURM_CPUS_PER_TASK:-1}" \
  --shard "${SLURM_ARRAY_TASK_ID}/${shards}" \
  --out "$run_dir"
