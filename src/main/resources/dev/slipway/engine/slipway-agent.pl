#!/usr/bin/perl
# slipway-agent SOCKET: runs learners' commands for Slipway, much cheaper than a docker exec.
# Per connection the client sends "run TOKEN LENGTH\n", LENGTH bytes of shell script, then
# the command's standard input until it shuts down its side of the socket. The agent answers
# with frames: a type byte ('1' stdout, '2' stderr, 'x' exit status), a 4-byte big-endian
# length, the payload. "kill TOKEN\n" stops that command and everything it started.
# Commands run like slipway-exec runs them: own session, own cgroup, in /workspace, and what
# they leave running in the background ends with them.
use strict;
use warnings;
use IO::Socket::UNIX;
use IO::Select;
use POSIX qw(setsid _exit WNOHANG);

my $path = shift // '/run/slipway/agent.sock';
my $commands = '/sys/fs/cgroup/%s/slipway-commands';
unlink $path;
my $server = IO::Socket::UNIX->new(Type => SOCK_STREAM(), Local => $path, Listen => 128)
  or die "slipway-agent: cannot listen on $path: $!\n";
chmod 0600, $path;
$SIG{CHLD} = sub { 1 while waitpid(-1, WNOHANG) > 0 };

while (1) {
  my $client = $server->accept or next;
  my $pid = fork;
  if (defined $pid && $pid == 0) {
    $SIG{CHLD} = 'DEFAULT';
    $SIG{PIPE} = 'IGNORE';
    close $server;
    serve($client);
    _exit(0);
  }
  close $client;
}

sub serve {
  my ($client) = @_;
  binmode $client;
  my $request = read_line($client);
  if ($request =~ /^kill (\w+)$/) {
    system('/usr/local/bin/slipway-kill', $1);
    return;
  }
  my ($token, $length) = $request =~ /^run (\w+) (\d+)$/ or return;
  my $script = read_exactly($client, $length);
  my $input = '';
  while (sysread($client, my $chunk, 65536)) { $input .= $chunk; }
  mkdir '/run/slipway-exec';
  my $stdin = '/dev/null';
  if (length $input) {
    $stdin = "/run/slipway-exec/$token.in";
    write_file($stdin, $input);
  }
  pipe(my $out_read, my $out_write) or return;
  pipe(my $err_read, my $err_write) or return;
  my $child = fork;
  return unless defined $child;
  if ($child == 0) {
    close $out_read; close $err_read; close $client;
    start_command($token, $script, $stdin, $out_write, $err_write);
  }
  close $out_write; close $err_write;
  my $code = relay($client, $child, $token, $out_read, $err_read);
  unlink "/run/slipway-exec/$token", "/run/slipway-exec/$token.in";
  send_frame($client, 'x', pack('N', $code));
}

sub start_command {
  my ($token, $script, $stdin, $out, $err) = @_;
  setsid();
  for my $controller ('pids', 'freezer') {
    my $group = sprintf($commands, $controller) . "/$token";
    mkdir $group;
    write_file("$group/cgroup.procs", $$);
  }
  write_file("/run/slipway-exec/$token", $$);
  write_file('/proc/self/oom_score_adj', 500);
  chdir '/workspace';
  open(STDIN, '<', $stdin);
  open(STDOUT, '>&', $out);
  open(STDERR, '>&', $err);
  exec('/bin/sh', '-c', $script) or _exit(127);
}

# Passes output on until the command has ended and nothing holds its pipes; returns its exit code.
sub relay {
  my ($client, $child, $token, @pipes) = @_;
  my $select = IO::Select->new(@pipes);
  my $status;
  while ($select->count) {
    for my $pipe ($select->can_read(0.05)) {
      my $read = sysread($pipe, my $chunk, 65536);
      if (!$read) { $select->remove($pipe); next; }
      if (!send_frame($client, $pipe == $pipes[0] ? '1' : '2', $chunk)) {
        system('/usr/local/bin/slipway-kill', $token);
        _exit(0);
      }
    }
    if (!defined $status && waitpid($child, WNOHANG) == $child) {
      $status = $?;
      end_leftovers($token);
    }
  }
  if (!defined $status) { waitpid($child, 0); $status = $?; end_leftovers($token); }
  return ($status & 127) ? 128 + ($status & 127) : $status >> 8;
}

sub end_leftovers {
  my ($token) = @_;
  my $group = sprintf($commands, 'pids') . "/$token";
  for (1 .. 3) {
    open(my $procs, '<', "$group/cgroup.procs") or last;
    while (my $pid = <$procs>) { chomp $pid; kill 'KILL', $pid; }
    close $procs;
  }
  rmdir sprintf($commands, $_) . "/$token" for ('pids', 'freezer');
}

sub send_frame {
  my ($client, $type, $payload) = @_;
  my $frame = $type . pack('N', length $payload) . $payload;
  while (length $frame) {
    my $written = syswrite($client, $frame);
    return 0 unless $written;
    substr($frame, 0, $written) = '';
  }
  return 1;
}

sub read_line {
  my ($client) = @_;
  my $line = '';
  while (sysread($client, my $char, 1)) {
    last if $char eq "\n";
    $line .= $char;
    last if length $line > 256;
  }
  return $line;
}

sub read_exactly {
  my ($client, $length) = @_;
  my $data = '';
  while (length $data < $length) {
    my $read = sysread($client, my $chunk, $length - length $data) or last;
    $data .= $chunk;
  }
  return $data;
}

sub write_file {
  my ($file, $content) = @_;
  open(my $handle, '>', $file) or return;
  binmode $handle;
  print $handle $content;
  close $handle;
}
