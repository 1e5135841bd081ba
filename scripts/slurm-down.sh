#!/usr/bin/env bash
# Stops what scripts/slurm-up.sh DIR started (by the pids it recorded) and removes DIR.
# Usage: slurm-down.sh DIR [--keep]
set -uo pipefail
DIR="${1:?usage: slurm-down.sh DIR [--keep]}"
[ -f "$DIR/slurm.conf" ] || { echo "slurm-down: $DIR is not a slurm-up directory" >&2; exit 1; }
for name in slurmrestd slurmd slurmctld; do
  [ -f "$DIR/$name.pid" ] && kill -TERM "$(cat "$DIR/$name.pid")" 2>/dev/null
done
for _ in $(seq 1 50); do
  alive=0
  for name in slurmrestd slurmd slurmctld; do
    [ -f "$DIR/$name.pid" ] && kill -0 "$(cat "$DIR/$name.pid")" 2>/dev/null && alive=1
  done
  [ $alive = 0 ] && break
  sleep 0.1
done
for name in slurmrestd slurmd slurmctld; do
  [ -f "$DIR/$name.pid" ] && kill -KILL "$(cat "$DIR/$name.pid")" 2>/dev/null
  rm -f "$DIR/$name.pid"
done
# Job steps of jobs still running (slurmstepd) are the daemons' children in their own sessions:
# stop the ones whose spool is ours.
for pid in $(pgrep -x slurmstepd 2>/dev/null); do
  grep -qs "$DIR" "/proc/$pid/cmdline" "/proc/$pid/environ" && kill -KILL "$pid" 2>/dev/null
done
[ "${2:-}" = "--keep" ] || rm -rf "$DIR"
exit 0
