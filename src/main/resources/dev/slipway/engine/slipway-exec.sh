#!/bin/sh
# slipway-exec TOKEN INPUT SCRIPT: runs SCRIPT with sh in a session of its own, so
# that Slipway can kill it with all its children at a timeout, from INPUT.
pidfile=/run/slipway-exec/$1
mkdir -p /run/slipway-exec
setsid -w sh -c 'echo $$ > "$1"; echo 500 > /proc/self/oom_score_adj; exec sh -c "$2" < "$3"' slipway-exec "$pidfile" "$3" "$2"
rc=$?
rm -f "$pidfile"
exit $rc
