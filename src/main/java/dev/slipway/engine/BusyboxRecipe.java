package dev.slipway.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code busybox:latest}, made from the static busybox of Debian's {@code busybox-static}
 * package: the binary, a symlink per applet and a minimal {@code /etc}.
 */
final class BusyboxRecipe implements ImageRecipe {

    static final Path BINARY = Path.of("/bin/busybox");

    @Override
    public String reference() {
        return "busybox:latest";
    }

    @Override
    public String expectedDuration() {
        return "a second";
    }

    @Override
    public void buildRootfs(Path dir, Consumer<String> progress) {
        requireStaticBusybox();
        try {
            for (String sub : List.of("bin", "etc", "tmp", "root", "var/www", "home")) {
                Files.createDirectories(dir.resolve(sub));
            }
            Path target = dir.resolve("bin/busybox");
            Files.copy(BINARY, target, StandardCopyOption.COPY_ATTRIBUTES);
            for (String applet : applets()) {
                Path link = dir.resolve("bin").resolve(applet);
                if (!applet.equals("busybox") && !Files.exists(link)) {
                    Files.createSymbolicLink(link, Path.of("busybox"));
                }
            }
            Files.writeString(dir.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n");
            Files.writeString(dir.resolve("etc/group"), "root:x:0:\nnogroup:x:65534:\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> applets() throws IOException {
        try {
            Process process = new ProcessBuilder(BINARY.toString(), "--list").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out.lines().filter(line -> !line.isBlank()).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while listing busybox applets", e);
        }
    }

    private static void requireStaticBusybox() {
        try {
            if (!Files.isExecutable(BINARY) || ElfFiles.hasInterpreter(BINARY)) {
                throw new EngineException(BINARY + " is missing or not statically linked, so it cannot run in an empty image. "
                        + "Install the static build with: apt-get install -y busybox-static");
            }
        } catch (IOException e) {
            throw new EngineException("cannot read " + BINARY + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> changes() {
        return List.of(PATH_ENV, "CMD [\"sh\"]");
    }
}
