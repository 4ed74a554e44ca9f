package dev.slipway.check;

import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.Sandbox;
import java.util.List;
import java.util.Objects;

/** {@code volume NAME mounted at /path in CONTAINER}: a named volume, not a bind mount. */
public record VolumeMount(int line, String volume, String path, String container) implements Assertion {

    private static final String FORMAT = "'{{range .Mounts}}{{.Type}}|{{.Name}}|{{.Source}}|{{.Destination}}{{println}}{{end}}'";

    public VolumeMount {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(container, "container");
    }

    @Override
    public CheckResult verify(Sandbox sandbox) {
        ExecResult result = Probe.run(sandbox, "docker container inspect -f " + FORMAT + " " + Probe.quote(container));
        if (Probe.noSuchObject(result)) {
            return CheckResult.fail("container " + container + " does not exist");
        }
        if (!result.succeeded()) {
            return CheckResult.fail("container " + container + ": could not inspect it (" + Probe.error(result) + ")");
        }
        List<String[]> mounts = result.stdout().lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|", -1)).toList();
        if (mounts.stream().anyMatch(m -> m.length == 4 && m[0].equals("volume") && m[1].equals(volume) && m[3].equals(path))) {
            return CheckResult.pass("volume " + volume + " is mounted at " + path + " in " + container);
        }
        List<String> found = mounts.stream().filter(m -> m.length == 4).map(VolumeMount::describe).toList();
        return CheckResult.fail("container " + container + ": expected volume " + volume + " mounted at " + path
                + ", found " + (found.isEmpty() ? "no mounts" : String.join(", ", found)));
    }

    private static String describe(String[] mount) {
        return mount[0].equals("volume") ? "volume " + mount[1] + " at " + mount[3]
                : mount[0] + " mount of " + mount[2] + " at " + mount[3];
    }
}
