#!/usr/bin/env bash
# Publishes the kernel host ReadyToRun when the publish is missing or older than the build: kernels start ~35%
# faster from it (src/HackathonPlatform.KernelHost/README.md). KernelHostLocator takes the publish only while it is
# newer than the build, so every rebuild of the host calls for a new publish. Used by run.sh and the benchmarks.
# Exit status 0 also when the publish fails (kernels then start from the build); it says so on stderr.
# Usage: scripts/publish-kernel-host.sh [--force]
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
built_host=artifacts/bin/HackathonPlatform.KernelHost/debug/hackathon-kernel.dll
fast_host=artifacts/publish/HackathonPlatform.KernelHost/release_linux-x64/hackathon-kernel.dll
if [[ "${1-}" != "--force" && -f "$fast_host" && ! "$built_host" -nt "$fast_host" ]]; then
  exit 0
fi
echo "publishing the ReadyToRun kernel host (faster kernel starts; the first time takes a few minutes)"
if dotnet publish src/HackathonPlatform.KernelHost -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -nologo -v quiet -clp:ErrorsOnly; then
  touch "$fast_host"  # an incremental publish keeps old times on unchanged files
else
  echo "the ReadyToRun publish failed; kernels start from the build (slower)" >&2
fi
