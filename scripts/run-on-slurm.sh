#!/usr/bin/env bash
# Runs the platform as ./run.sh does, but with its servers and batch jobs on a real single-node Slurm
# (two fake GPUs) that this script starts under data/slurm and stops when the hub exits. Two flavours:
# "cpu" (the default) and "gpu-1" (one GPU), which an organiser allocates to a group on the dashboard.
# Needs root (slurmd launches jobs as users; the fake GPUs need mknod); installs Slurm with apt if missing.
# Usage: scripts/run-on-slurm.sh [run.sh arguments, e.g. --demo]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
slurm_dir="$root/data/slurm"
if [[ -f "$slurm_dir/slurm.conf" ]]; then
  scripts/slurm-down.sh "$slurm_dir" >/dev/null 2>&1 || true
fi
mkdir -p "$root/data"
scripts/slurm-up.sh "$slurm_dir" > "$root/data/slurm.env"
stop_slurm() {
  # Cancel the servers' and jobs' Slurm jobs first: a slurmd stopped under them would leave their processes behind.
  SLURM_CONF="$slurm_dir/slurm.conf" timeout 10 scancel --user="${SLURM_USER:-root}" >/dev/null 2>&1 || true
  sleep 2
  scripts/slurm-down.sh "$slurm_dir" >/dev/null 2>&1 || true
}
trap stop_slurm EXIT
set -a
# shellcheck disable=SC1091
source "$root/data/slurm.env"
set +a

dotnet_path="$(readlink -f "$(command -v dotnet)")"
export Servers__Backend=slurm
export Servers__Slurm__Rest__BaseUrl="$SLURMRESTD_URL"
export Servers__Slurm__Rest__UserName="$SLURM_USER"
export Servers__Slurm__Rest__Token="$SLURM_JWT"
export Servers__Slurm__DotnetPath="$dotnet_path"
# One machine: the node is this host, reached on loopback.
export Servers__Slurm__HostCommand="echo 127.0.0.1"
export Servers__Slurm__Environment__SLURM_CONF="$SLURM_CONF"
export Servers__Slurm__Environment__DOTNET_ROOT="$(dirname "$dotnet_path")"
export Jobs__Environment__DOTNET_ROOT="$(dirname "$dotnet_path")"
export Servers__DefaultFlavour=cpu
export Servers__Flavours__0__Name=cpu
export Servers__Flavours__0__Description="2 GB, no GPU"
export Servers__Flavours__0__MemoryMb=2048
export Servers__Flavours__0__TimeLimit=08:00:00
export Servers__Flavours__1__Name=gpu-1
export Servers__Flavours__1__Description="2 GB and one (fake) GPU of the local Slurm"
export Servers__Flavours__1__MemoryMb=2048
export Servers__Flavours__1__GpuCount=1
export Servers__Flavours__1__TimeLimit=08:00:00
echo "run-on-slurm: Slurm is up (slurmrestd at $SLURMRESTD_URL); starting the hub"
./run.sh "$@"
