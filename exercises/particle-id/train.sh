#!/bin/bash
# The particle-id CNN trained as a batch job: submit this file from the group's "Batch jobs" page or with
#   hackathon job submit exercises/particle-id/train.sh --flavour gpu-t4
# It prints where it runs (and the GPUs Slurm gave it), trains with hackathon-train and prints the accuracy report
# (report.json in the job's folder). hackathon-train is $HACKATHON_TRAIN (the hub sets it) or found on PATH.
# Sizes: TRAIN_OPTIONS (the defaults are the notebook's; hackathon-train --help lists every option).
set -euo pipefail
echo "job ${SLURM_JOB_ID:-${HACKATHON_JOB_ID:-?}} on $(hostname), in $(pwd)"
echo "CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES:-}"
train="${HACKATHON_TRAIN:-$(command -v hackathon-train || true)}"
if [ -z "$train" ]; then
  echo "hackathon-train not found: set HACKATHON_TRAIN or put it on PATH (dotnet build src/HackathonPlatform.DeepLearning.Job)" >&2
  exit 2
fi
# shellcheck disable=SC2086 # the options are separate words on purpose
"$train" ${TRAIN_OPTIONS:---train 3000 --test 2000 --epochs 6 --threads 1} --output report.json
echo "accuracy report:"
cat report.json
