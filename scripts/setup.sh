#!/usr/bin/env bash
# Prepares a fresh clone: .NET tools, npm packages, and (for tests) the system packages the tests use.
# Usage: scripts/setup.sh [--for-tests]
# Installs missing Debian packages when run as root; otherwise stops with the exact command to run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [[ "${1:-}" == "--for-tests" ]]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
  command -v prlimit >/dev/null 2>&1 || missing+=(util-linux)
  if (( ${#missing[@]} > 0 )); then
    if [[ $(id -u) -eq 0 ]]; then
      echo "setup: installing ${missing[*]} (Debian packages the tests use)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "setup: the tests need these Debian packages: ${missing[*]}" >&2
      echo "setup: run as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

dotnet tool restore >/dev/null
# npm packages of the projects that have them (lock files make the installs reproducible).
while IFS= read -r lock; do
  dir="$(dirname "$lock")"
  if [[ ! -d "$dir/node_modules" || "$lock" -nt "$dir/node_modules" ]]; then
    echo "setup: npm ci in ${dir#./}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  # Front ends bundle their sources (esbuild: well under a second); outputs are gitignored.
  (cd "$dir" && npm run build --if-present --silent >/dev/null)
done < <(find . -name package-lock.json -not -path "*/node_modules/*" -not -path "./artifacts/*")
if [[ -x scripts/build-docs.sh ]]; then
  scripts/build-docs.sh
fi
