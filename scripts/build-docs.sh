#!/usr/bin/env bash
# Builds the docs site (site/ -> site/_site) with the repository's local docfx tool.
# Idempotent: does nothing when site/_site is newer than every source of the site and of the libraries whose
# API reference it contains. Pass --force to rebuild anyway.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
site="site/_site/index.json"

sources() {
  find site -path site/_site -prune -o -path site/obj -prune -o -path site/api/generated -prune -o -type f -print
  for project in src/HackathonPlatform.Quantum src/HackathonPlatform.DeepLearning; do
    [ -d "$project" ] && find "$project" -path "$project/bin" -prune -o -path "$project/obj" -prune -o \
      -type f \( -name '*.cs' -o -name '*.csproj' \) -print
  done
}

if [ "${1:-}" != "--force" ] && [ -f "$site" ] && [ -z "$(sources | xargs -r -d '\n' find 2>/dev/null -newer "$site" -print -quit)" ]; then
  echo "docs: site/_site is up to date"
  exit 0
fi

dotnet tool restore >/dev/null
# The API reference compiles the libraries; a library that does not build yet is left out with a warning
# rather than failing the whole site.
dotnet docfx metadata site/docfx.json || echo "docs: API metadata incomplete (a library did not build); continuing" >&2
dotnet docfx build site/docfx.json
test -f "$site" || { echo "docs: docfx did not write $site" >&2; exit 1; }
touch "$site"
echo "docs: built site/_site"
