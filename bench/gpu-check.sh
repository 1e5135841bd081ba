#!/usr/bin/env bash
# GPU check of the deep-learning exercise: builds hackathon-train and runs it on this machine, reporting what
# TorchSharp sees. Prepared for a lent GPU machine; under 3 minutes when the build's packages are at hand.
#
# Honest by design: this repository restores the CPU build of TorchSharp (CUDA builds are not served by the
# registry it uses), so on a GPU machine torch.cuda.is_available() is expected to be FALSE and the training
# runs on the CPU. The script reports that, with the GPU nvidia-smi sees, and times the CPU training with one
# thread and with all cores. It downloads nothing: the machine must have the .NET 10 SDK and the NuGet cache
# (TorchSharp 0.107.0, libtorch-cpu-linux-x64 2.10.0); without them it stops with exit code 3 or 4.
#
# Usage: bench/gpu-check.sh            reports go to $OUT (when set) or artifacts/gpu-check/
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="${OUT:-$root/artifacts/gpu-check}"
mkdir -p "$out"
started=$SECONDS

echo "== machine"
echo "cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
if command -v nvidia-smi >/dev/null 2>&1; then
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || echo "nvidia-smi failed"
else
  echo "nvidia-smi: not found"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet: not found; the .NET 10 SDK is needed to build hackathon-train here" >&2
  exit 3
fi
echo "dotnet: $(dotnet --version)"

echo "== build (Release; restore must come from the local NuGet cache: no registry is reachable)"
if ! timeout 150 dotnet build src/HackathonPlatform.DeepLearning.Job -c Release -nologo -v q -clp:ErrorsOnly; then
  echo "build failed: are TorchSharp 0.107.0 and libtorch-cpu-linux-x64 2.10.0 in the NuGet cache?" >&2
  exit 4
fi
job="artifacts/bin/HackathonPlatform.DeepLearning.Job/release_linux-x64/hackathon-train"
echo "build: $((SECONDS - started)) s"

# Same data and seeds as the tests' reference run: 4000 training and 2000 test images, 8 epochs.
status=0
for threads in 1 "$(nproc)"; do
  echo "== train: --device auto --threads $threads"
  if ! timeout 120 "$job" --device auto --threads "$threads" --output "$out/report-threads-$threads.json" 2>"$out/log-threads-$threads.txt"; then
    echo "hackathon-train failed or timed out; log:" >&2
    tail -20 "$out/log-threads-$threads.txt" >&2
    status=5
    continue
  fi
  grep -E '"(accuracy|baselineAccuracy|device|cudaAvailable|trainingSeconds|imagesPerSecond)"' "$out/report-threads-$threads.json"
done
echo "== done in $((SECONDS - started)) s; reports in $out"
exit $status
