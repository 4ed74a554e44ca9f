package dev.slipway.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code docker} CLI command found in a script, reduced to what the linter asks: which
 * images it uses, which it makes available, and whether it needs a terminal.
 *
 * @param verb the command, management prefixes removed: {@code docker container run} is {@code run}
 * @param args the words after the verb
 * @param line 0-based line of the command within its script
 */
record DockerCall(String verb, List<String> args, int line) {

    private static final Set<String> GLOBAL_VALUE_OPTIONS = Set.of("H", "host", "c", "context", "config", "l",
            "log-level", "tlscacert", "tlscert", "tlskey");

    private static final Set<String> MANAGEMENT = Set.of("container", "image", "buildx", "builder");

    private static final Set<String> RUN_VALUE_OPTIONS = Set.of("a", "c", "e", "h", "l", "m", "p", "u", "v", "w",
            "add-host", "annotation", "attach", "blkio-weight", "blkio-weight-device", "cap-add", "cap-drop",
            "cgroup-parent", "cgroupns", "cidfile", "cpu-count", "cpu-percent", "cpu-period", "cpu-quota",
            "cpu-rt-period", "cpu-rt-runtime", "cpu-shares", "cpus", "cpuset-cpus", "cpuset-mems", "detach-keys",
            "device", "device-cgroup-rule", "device-read-bps", "device-read-iops", "device-write-bps",
            "device-write-iops", "dns", "dns-option", "dns-search", "domainname", "entrypoint", "env", "env-file",
            "expose", "gpus", "group-add", "health-cmd", "health-interval", "health-retries", "health-start-interval",
            "health-start-period", "health-timeout", "hostname", "ip", "ip6", "ipc", "isolation", "kernel-memory",
            "label", "label-file", "link", "link-local-ip", "log-driver", "log-opt", "mac-address", "memory",
            "memory-reservation", "memory-swap", "memory-swappiness", "mount", "name", "network", "net",
            "network-alias", "net-alias", "oom-score-adj", "pid", "pids-limit", "platform", "publish", "pull",
            "restart", "runtime", "security-opt", "shm-size", "stop-signal", "stop-timeout", "storage-opt", "sysctl",
            "tmpfs", "ulimit", "user", "userns", "uts", "volume", "volume-driver", "volumes-from", "workdir");

    private static final Set<String> EXEC_VALUE_OPTIONS = Set.of("e", "env", "env-file", "u", "user", "w", "workdir",
            "detach-keys");

    private static final Set<String> BUILD_VALUE_OPTIONS = Set.of("t", "tag", "f", "file", "build-arg", "label",
            "target", "platform", "network", "cache-from", "cache-to", "iidfile", "progress", "o", "output", "secret",
            "ssh", "add-host", "m", "memory", "shm-size", "ulimit", "build-context", "cgroup-parent", "isolation");

    private static final Set<String> COMMIT_VALUE_OPTIONS = Set.of("a", "author", "c", "change", "m", "message");

    private static final Set<String> PULL_PUSH_VALUE_OPTIONS = Set.of("platform");

    private static final Map<String, Set<String>> VALUE_OPTIONS = Map.of("run", RUN_VALUE_OPTIONS, "create",
            RUN_VALUE_OPTIONS, "exec", EXEC_VALUE_OPTIONS, "build", BUILD_VALUE_OPTIONS, "commit", COMMIT_VALUE_OPTIONS,
            "pull", PULL_PUSH_VALUE_OPTIONS, "push", PULL_PUSH_VALUE_OPTIONS, "import", Set.of("c", "change", "m",
                    "message", "platform"));

    /** The docker command a shell command runs, if it runs one. */
    static Optional<DockerCall> of(ShellCommand command) {
        List<String> words = command.words();
        if (words.isEmpty() || !words.get(0).equals("docker")) {
            return Optional.empty();
        }
        CliOptions global = CliOptions.read(words.subList(1, words.size()), GLOBAL_VALUE_OPTIONS, true);
        List<String> rest = global.operands();
        if (rest.size() > 1 && MANAGEMENT.contains(rest.get(0))) {
            rest = rest.subList(1, rest.size());
        }
        return rest.isEmpty() ? Optional.empty()
                : Optional.of(new DockerCall(rest.get(0), rest.subList(1, rest.size()), command.line()));
    }

    /** Options read with this verb's value options. */
    CliOptions options() {
        boolean containerCommand = verb.equals("run") || verb.equals("create") || verb.equals("exec");
        return CliOptions.read(args, VALUE_OPTIONS.getOrDefault(verb, Set.of()), containerCommand);
    }

    /** True for {@code run} and {@code exec} with both {@code -i} and {@code -t} and without {@code -d}. */
    boolean needsTerminal() {
        if (!verb.equals("run") && !verb.equals("exec")) {
            return false;
        }
        CliOptions options = options();
        return options.has("i", "interactive") && options.has("t", "tty") && !options.has("d", "detach");
    }

    /** The images this command needs to exist already: run, create and pull name one. */
    Optional<String> usedImage() {
        if (verb.equals("run") || verb.equals("create") || verb.equals("pull")) {
            return options().operands().stream().findFirst();
        }
        return Optional.empty();
    }

    /** The image names this command makes: build tags, tag and commit targets, import names, pushed names. */
    List<String> madeImages() {
        CliOptions options = options();
        List<String> operands = options.operands();
        switch (verb) {
            case "build":
                return options.valuesOf("t", "tag");
            case "tag":
            case "commit":
            case "import":
                return operands.size() > 1 ? List.of(operands.get(1)) : List.of();
            case "push":
                return operands.stream().limit(1).toList();
            default:
                return List.of();
        }
    }
}
