#!/usr/bin/env bash
# Runs the platform on this machine: SQLite under ./data, the demo hackathon, courses and exercises loaded.
# Usage: ./run.sh [--demo] [--urls http://127.0.0.1:5000]
#   --demo  also creates sample participants, an organiser and a tutor (password: hackathon-demo-2026)
# The admin account is admin@hackathon.local; its password is printed once on the first run,
# or set it beforehand with: export Hub__AdminPassword='...'
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
scripts/setup.sh
dotnet build src/HackathonPlatform.Web -nologo -v quiet -clp:ErrorsOnly
# Kernels start ~35% faster from the kernel host's ReadyToRun publish (src/HackathonPlatform.KernelHost/README.md).
# KernelHostLocator takes it only while it is newer than the build, so publish again whenever the build is newer.
built_host=artifacts/bin/HackathonPlatform.KernelHost/debug/hackathon-kernel.dll
fast_host=artifacts/publish/HackathonPlatform.KernelHost/release_linux-x64/hackathon-kernel.dll
if [[ ! -f "$fast_host" || "$built_host" -nt "$fast_host" ]]; then
  echo "run: publishing the ReadyToRun kernel host (faster kernel starts; the first time takes a few minutes)"
  if dotnet publish src/HackathonPlatform.KernelHost -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -nologo -v quiet -clp:ErrorsOnly; then
    touch "$fast_host"  # an incremental publish keeps old times on unchanged files
  else
    echo "run: the ReadyToRun publish failed; kernels start from the build (slower)" >&2
  fi
fi
export Database__DataDirectory="${Database__DataDirectory:-$root/data}"
args=("$@")
if [[ " ${args[*]-} " != *" --urls "* ]]; then
  args+=(--urls "http://127.0.0.1:5000")
fi
cd src/HackathonPlatform.Web
exec dotnet "$root/artifacts/bin/HackathonPlatform.Web/debug/HackathonPlatform.Web.dll" "${args[@]}"
