#!/bin/sh
# Entrypoint of a Slipway sandbox: starts the learner's own Docker engine.
# The engine listens on unix sockets only: /var/run/docker.sock for the learner's
# shell, and /run/slipway/docker.sock, which Slipway mounts from its state folder.
set -eu

# cgroup v1 controllers are mounted read-only in a container; the inner engine has
# to create cgroups for its containers, so remount each controller read-write.
# With a private cgroup namespace this only touches the sandbox's own subtree.
if [ ! -e /sys/fs/cgroup/cgroup.controllers ]; then
  for d in /sys/fs/cgroup/*; do
    [ -d "$d" ] || continue
    opts=$(awk -v m="$d" '$2==m {print $4}' /proc/mounts | tr , '\n' \
           | grep -vE '^(ro|rw|nosuid|nodev|noexec|relatime)$' | paste -sd, -)
    [ -n "$opts" ] || continue
    umount "$d" 2>/dev/null && mount -t cgroup -o "rw,nosuid,nodev,noexec,$opts" cgroup "$d" || true
  done
fi

mkdir -p /workspace /run/slipway /var/lib/docker/registry

# Learners' commands run in this cgroup (see slipway-exec), capped below the sandbox's own
# limit so that Slipway can always start the process that stops a runaway command.
if [ -w /sys/fs/cgroup/pids ] && [ -n "${SLIPWAY_COMMAND_PIDS:-}" ]; then
  mkdir -p /sys/fs/cgroup/pids/slipway-commands /sys/fs/cgroup/freezer/slipway-commands 2>/dev/null || true
  echo "$SLIPWAY_COMMAND_PIDS" > /sys/fs/cgroup/pids/slipway-commands/pids.max || true
fi

# The agent that runs Slipway's commands; started again should it die.
(while true; do perl /usr/local/bin/slipway-agent /run/slipway/agent.sock 2>>/var/log/slipway-agent.log; sleep 0.2; done) &

# A local registry on localhost:5000, so that push and pull lessons work offline.
REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY=/var/lib/docker/registry \
  docker-registry serve /etc/slipway/registry.yml >/var/log/registry.log 2>&1 &

exec dockerd --host unix:///var/run/docker.sock --host unix:///run/slipway/docker.sock \
  --storage-driver overlay2 >/var/log/dockerd.log 2>&1
