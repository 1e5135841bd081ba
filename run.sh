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
# Kernels start ~35% faster from the kernel host's ReadyToRun publish; published again whenever the build is newer.
scripts/publish-kernel-host.sh
export Database__DataDirectory="${Database__DataDirectory:-$root/data}"
args=("$@")
if [[ " ${args[*]-} " != *" --urls "* ]]; then
  args+=(--urls "http://127.0.0.1:5000")
fi
cd src/HackathonPlatform.Web
exec dotnet "$root/artifacts/bin/HackathonPlatform.Web/debug/HackathonPlatform.Web.dll" "${args[@]}"
