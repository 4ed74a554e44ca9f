package dev.slipway.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A Debian bookworm image made with {@code debootstrap --variant=minbase}, with extra packages,
 * extra files (text, or host files copied as they are), a script run last inside the new root
 * filesystem, and import-time changes; package caches, lists and documentation are removed.
 */
final class DebianRecipe implements ImageRecipe {

    static final String SUITE = "bookworm";
    private static final String DEFAULT_MIRROR = "http://deb.debian.org/debian";
    private static final List<String> TRIMMED = List.of(
            "var/cache/apt/archives", "var/lib/apt/lists", "usr/share/doc", "usr/share/man", "usr/share/info");

    private final String reference;
    private final List<String> packages;
    private final Map<String, FileContent> files;
    private final Map<String, Path> copies;
    private final String finish;
    private final List<String> changes;

    /** A file to add: its text and whether it is executable. */
    record FileContent(String text, boolean executable) {
    }

    /**
     * @param copies host files copied into the image as they are, by their path in the image
     * @param finish a shell script run with {@code chroot} in the finished root filesystem, after
     *     the files are added; empty for none
     */
    DebianRecipe(String reference, List<String> packages, Map<String, FileContent> files, Map<String, Path> copies,
            String finish, List<String> changes) {
        this.reference = reference;
        this.packages = List.copyOf(packages);
        this.files = Map.copyOf(files);
        this.copies = Map.copyOf(copies);
        this.finish = finish;
        this.changes = List.copyOf(changes);
    }

    static DebianRecipe slim() {
        return new DebianRecipe("debian:bookworm-slim", List.of(), Map.of(), Map.of(), "",
                List.of(PATH_ENV, "CMD [\"bash\"]"));
    }

    @Override
    public String reference() {
        return reference;
    }

    @Override
    public String expectedDuration() {
        return "about a minute";
    }

    List<String> packages() {
        return packages;
    }

    Map<String, FileContent> files() {
        return files;
    }

    Map<String, Path> copies() {
        return copies;
    }

    String finish() {
        return finish;
    }

    @Override
    public List<String> changes() {
        return changes;
    }

    @Override
    public void buildRootfs(Path dir, Consumer<String> progress) {
        String debootstrap = Executables.find("debootstrap").orElseThrow(() -> new EngineException(
                "debootstrap is not installed; it makes the Debian images. Install it with: apt-get install -y debootstrap"));
        if (!Executables.runningAsRoot()) {
            throw new EngineException("debootstrap needs root to make " + reference + "; run `bin/slipway images` as root");
        }
        List<String> command = new ArrayList<>(List.of(debootstrap, "--variant=minbase"));
        if (!packages.isEmpty()) {
            command.add("--include=" + String.join(",", packages));
        }
        command.addAll(List.of(SUITE, dir.toString(), System.getenv().getOrDefault("SLIPWAY_DEBIAN_MIRROR", DEFAULT_MIRROR)));
        run(command, progress, "debootstrap");
        trim(dir);
        addFiles(dir);
        if (!finish.isEmpty()) {
            progress.accept(reference + ": finishing inside the image");
            finishInside(dir, progress);
        }
    }

    /** Runs the finish script with chroot, with /proc mounted for programs such as the JVM. */
    private void finishInside(Path dir, Consumer<String> progress) {
        Path proc = dir.resolve("proc");
        run(List.of("mount", "-t", "proc", "proc", proc.toString()), progress, "mount /proc");
        try {
            run(List.of("chroot", dir.toString(), "/bin/sh", "-ec", finish), progress, "the image's finish script");
        } finally {
            run(List.of("umount", "-l", proc.toString()), progress, "umount /proc");
        }
    }

    private void run(List<String> command, Consumer<String> progress, String what) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> last = new ArrayList<>();
            var counter = new DebootstrapProgress(progress);
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    counter.accept(line);
                    last.add(line);
                    if (last.size() > 10) {
                        last.remove(0);
                    }
                }
            }
            int code = process.waitFor();
            if (code != 0) {
                String hint = what.equals("debootstrap")
                        ? ". Check that Debian's mirror is reachable (set SLIPWAY_DEBIAN_MIRROR for another one). " : ". ";
                throw new EngineException(what + " failed (exit " + code + ") making " + reference + hint
                        + "Its last lines:\n" + String.join("\n", last));
            }
        } catch (IOException e) {
            throw new EngineException("cannot run " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while making " + reference, e);
        }
    }

    private static void trim(Path dir) {
        for (String sub : TRIMMED) {
            Path path = dir.resolve(sub);
            if (Files.isDirectory(path)) {
                deleteChildren(path);
            }
        }
    }

    private static void deleteChildren(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                Folders.deleteRecursively(child);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addFiles(Path dir) {
        try {
            for (var entry : files.entrySet()) {
                Path target = dir.resolve(entry.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, entry.getValue().text());
                target.toFile().setExecutable(entry.getValue().executable(), false);
            }
            for (var entry : copies.entrySet()) {
                Path target = dir.resolve(entry.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(entry.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
