#!/usr/bin/env bash
# Starts a single-node Slurm 22.05 (slurmctld, slurmd, slurmrestd) in a temporary directory, with
# two fake GPUs, for the Slurm backend's tests and local demos. Prints the environment to use:
#   SLURM_CONF=... SLURMRESTD_URL=... SLURM_JWT=... SLURM_USER=... SLURM_DIR=...
# Stop with scripts/slurm-down.sh SLURM_DIR. No systemd needed: every daemon runs in the foreground
# (-D) under nohup, its pid in SLURM_DIR/*.pid. See FACTS.md ("Slurm 22.05") for why each setting.
# Usage: slurm-up.sh [DIR]   (default: a new mktemp dir)
set -euo pipefail

PACKAGES="slurm-wlm slurmctld slurmd slurm-client slurmrestd slurm-wlm-jwt-plugin"
need_install=0
for bin in slurmctld slurmd slurmrestd sinfo scontrol sbatch; do command -v "$bin" >/dev/null 2>&1 || need_install=1; done
[ -e /usr/lib/x86_64-linux-gnu/slurm-wlm/auth_jwt.so ] || [ -n "$(find /usr/lib -name auth_jwt.so 2>/dev/null | head -1)" ] || need_install=1
if [ "$need_install" = 1 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "slurm-up: installing $PACKAGES" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $PACKAGES) >&2 \
      || { echo "slurm-up: apt-get install failed" >&2; exit 1; }
  else
    echo "slurm-up: Slurm is not installed. Run as root: apt-get install -y $PACKAGES" >&2
    exit 1
  fi
fi
if [ "$(id -u)" != 0 ]; then
  # slurmd must run as root to launch jobs as their users; mknod needs root too.
  echo "slurm-up: must run as root (slurmd launches jobs as users; fake GPUs need mknod)" >&2
  exit 1
fi

DIR="${1:-$(mktemp -d /tmp/slurm-XXXXXX)}"
mkdir -p "$DIR"/{state,spool,log,dev}
chmod 755 "$DIR"
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
CTLD_PORT=$(free_port); SLURMD_PORT=$(free_port); REST_PORT=$(free_port)
HOST=$(hostname -s)
CPUS=$(nproc)
MEM_MB=$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)
REAL_MEM=$(( MEM_MB * 9 / 10 ))   # a bit under the real memory, or slurmd marks the node invalid
PLUGINS=$(dirname "$(find /usr/lib -name auth_jwt.so 2>/dev/null | head -1)")
USER_NAME=$(id -un)

# Two fake GPUs: character devices with the NVIDIA major number, enough for gres accounting and
# CUDA_VISIBLE_DEVICES; nothing opens them.
for i in 0 1; do [ -e "$DIR/dev/nvidia$i" ] || mknod "$DIR/dev/nvidia$i" c 195 "$i"; done
dd if=/dev/urandom of="$DIR/jwt.key" bs=32 count=1 status=none
chmod 600 "$DIR/jwt.key"; chown root:root "$DIR/jwt.key"

cat > "$DIR/slurm.conf" <<CONF
ClusterName=hackathon
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/none
CredType=cred/none
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$DIR/jwt.key
PluginDir=$PLUGINS
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/slurmctld.pidfile
SlurmdPidFile=$DIR/slurmd.pidfile
SlurmctldLogFile=$DIR/log/slurmctld.log
SlurmdLogFile=$DIR/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=1
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=1000
GresTypes=gpu
JobCompType=jobcomp/filetxt
JobCompLoc=$DIR/log/jobcomp.txt
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MinJobAge=300
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
KillWait=5
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$REAL_MEM Gres=gpu:2 State=UNKNOWN
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
cat > "$DIR/gres.conf" <<CONF
AutoDetect=off
Name=gpu File=$DIR/dev/nvidia[0-1]
CONF

export SLURM_CONF="$DIR/slurm.conf"
start() { # name, then the command: foreground daemon under nohup, pid recorded
  local name=$1; shift
  nohup "$@" >"$DIR/log/$name.out" 2>&1 </dev/null &
  echo $! > "$DIR/$name.pid"
}
start slurmctld slurmctld -D -i -f "$SLURM_CONF"
start slurmd slurmd -D -f "$SLURM_CONF"

# Clients hang while the controller is down: probe its port first, then sinfo under a timeout.
deadline=$((SECONDS + 30))
until (exec 3<>/dev/tcp/127.0.0.1/$CTLD_PORT) 2>/dev/null && timeout 5 sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; do
  if [ $SECONDS -ge $deadline ]; then
    echo "slurm-up: Slurm did not become ready within 30 s; logs in $DIR/log" >&2
    tail -n 20 "$DIR/log/slurmctld.log" "$DIR/log/slurmd.log" >&2 2>/dev/null || true
    exit 1
  fi
  sleep 0.3
done

# slurmrestd refuses to run as root; it reads slurm.conf, so that must be world-readable.
chmod 644 "$SLURM_CONF" "$DIR/gres.conf"
SLURM_JWT=none start slurmrestd slurmrestd -f "$SLURM_CONF" -u nobody -g nogroup -a rest_auth/jwt -s openapi/v0.0.38 "127.0.0.1:$REST_PORT"
deadline=$((SECONDS + 15))
until (exec 3<>/dev/tcp/127.0.0.1/$REST_PORT) 2>/dev/null; do
  if [ $SECONDS -ge $deadline ]; then
    echo "slurm-up: slurmrestd did not listen within 15 s" >&2; cat "$DIR/log/slurmrestd.out" >&2; exit 1
  fi
  sleep 0.2
done

TOKEN=$(timeout 10 scontrol token username="$USER_NAME" lifespan=86400 | sed -n 's/^SLURM_JWT=//p')
[ -n "$TOKEN" ] || { echo "slurm-up: scontrol token gave no token" >&2; exit 1; }
cat > "$DIR/env" <<ENV
SLURM_DIR=$DIR
SLURM_CONF=$SLURM_CONF
SLURMRESTD_URL=http://127.0.0.1:$REST_PORT
SLURM_JWT=$TOKEN
SLURM_USER=$USER_NAME
SLURM_PARTITION=debug
SLURM_JOBCOMP=$DIR/log/jobcomp.txt
ENV
cat "$DIR/env"
