#!/usr/bin/env bash
# Runs every test of the platform: sets up what is missing (tools, npm packages, Chromium, PostgreSQL),
# builds the solution, runs all test projects (the tests start and stop their own PostgreSQL, hub and
# browser), and ends with the plain line "N passed, N failed, N skipped".
set -uo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
scripts/setup.sh --for-tests || exit 1

results="$root/.ci/out/TestResults"
rm -rf "$results"
mkdir -p "$results"

echo "test: building"
if ! dotnet build HackathonPlatform.sln -nologo -v quiet -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

echo "test: running"
dotnet test HackathonPlatform.sln --no-build -nologo -v quiet --logger "trx" --results-directory "$results" -- RunConfiguration.TestSessionTimeout=1500000
status=$?

# Name each failed test with its message and output, so a CI log says why and not only which.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
for path in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    for result in ET.parse(path).getroot().findall(".//{*}UnitTestResult"):
        if result.get("outcome") != "Failed":
            continue
        print(f"FAILED {result.get('testName')} ({result.get('duration')})")
        for tag in ("Message", "StackTrace", "StdOut"):
            node = result.find(f".//{{*}}{tag}")
            if node is not None and node.text:
                lines = node.text.strip().splitlines()
                print(f"  {tag}:")
                for line in lines[-40:]:
                    print("    " + line)
PY

# Sum the counters of every test run (one .trx per test project).
read -r passed failed skipped < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    s += int(c.get("notExecuted", 0))
print(p, f, s)
PY
)
if [[ $status -ne 0 && $failed -eq 0 ]]; then
  failed=1  # a test host crashed or a project did not run: never report that as green
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
