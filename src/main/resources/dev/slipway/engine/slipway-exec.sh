#!/bin/sh
# slipway-exec TOKEN INPUT SCRIPT: runs SCRIPT with sh, reading INPUT, in a session and a
# cgroup of its own, so that slipway-kill can stop it with everything it started. The
# commands' cgroup holds fewer processes than the sandbox, so a fork bomb leaves room to kill it.
# Background processes the script leaves behind end with it: services belong in containers.
token=$1
mkdir -p /run/slipway-exec
for controller in pids freezer; do
  group=/sys/fs/cgroup/$controller/slipway-commands/$token
  mkdir -p "$group" 2>/dev/null && echo $$ > "$group/cgroup.procs" 2>/dev/null
done
setsid -w sh -c 'echo $$ > "$1"; echo 500 > /proc/self/oom_score_adj; exec sh -c "$2" < "$3"' \
  slipway-exec "/run/slipway-exec/$token" "$3" "$2"
code=$?
rm -f "/run/slipway-exec/$token"
own=/sys/fs/cgroup/pids/slipway-commands/$token
if [ -r "$own/cgroup.procs" ]; then
  for pass in 1 2 3; do
    while read -r pid; do [ "$pid" = $$ ] || kill -9 "$pid" 2>/dev/null; done < "$own/cgroup.procs"
  done
  for controller in pids freezer; do
    echo $$ > "/sys/fs/cgroup/$controller/slipway-commands/cgroup.procs" 2>/dev/null
    rmdir "/sys/fs/cgroup/$controller/slipway-commands/$token" 2>/dev/null
  done
fi
exit $code
