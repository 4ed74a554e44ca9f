#!/bin/sh
# slipway-notebook NAME: starts the Java notebook runner, which answers one connection on the unix
# socket /run/slipway/NAME and ends when it closes; its own messages go to /run/slipway/NAME.log.
# It runs in the learners' commands cgroup, so the cells' processes count against their cap.
# slipway-notebook --make-archive: compiles the runner and records a class-data archive of a
# warm-up run, so that the runner starts fast (run once, while the image is made).
set -eu
dir=/opt/slipway/notebook
classpath=$dir/runner.jar:$(ls /opt/slipway/lib/*.jar | sort | paste -sd: -)
flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx384m -ea:REPL... -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
if [ "${1:-}" = --make-archive ]; then
  mkdir -p $dir/classes
  javac -d $dir/classes $dir/NotebookRunner.java
  jar cf $dir/runner.jar -C $dir/classes .
  rm -rf $dir/classes
  exec java $flags -XX:ArchiveClassesAtExit=$dir/runner.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$classpath" slipway.notebook.NotebookRunner --warm-up
fi
echo $$ > /sys/fs/cgroup/pids/slipway-commands/cgroup.procs 2>/dev/null || true
cd /workspace
exec java $flags -XX:SharedArchiveFile=$dir/runner.jsa -Xshare:auto -cp "$classpath" \
  slipway.notebook.NotebookRunner "/run/slipway/$1" >"/run/slipway/$1.log" 2>&1
