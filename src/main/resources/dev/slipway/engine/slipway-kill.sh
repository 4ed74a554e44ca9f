#!/bin/sh
# slipway-kill TOKEN: stops the command that slipway-exec started as TOKEN, and all it started.
# Freezes its cgroup first so nothing forks meanwhile; uses shell builtins only, since a fork
# bomb may have taken every process the commands may have.
freezer=/sys/fs/cgroup/freezer/slipway-commands/$1
pids=/sys/fs/cgroup/pids/slipway-commands/$1
[ -w "$freezer/freezer.state" ] && echo FROZEN > "$freezer/freezer.state"
for pass in 1 2 3 4 5; do
  [ -r "$pids/cgroup.procs" ] || break
  while read -r pid; do kill -9 "$pid" 2>/dev/null; done < "$pids/cgroup.procs"
done
[ -w "$freezer/freezer.state" ] && echo THAWED > "$freezer/freezer.state"
if [ -r "/run/slipway-exec/$1" ]; then
  read -r group < "/run/slipway-exec/$1" && pkill -KILL -g "$group"
fi
rmdir "$freezer" "$pids" 2>/dev/null
exit 0
