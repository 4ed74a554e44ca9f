package dev.slipway.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The image every sandbox runs: Debian with its own Docker engine, the tools a learner's shell
 * needs, a local registry, and a JDK with docker-java for Java cells. Its tag is a hash of what
 * goes into it (the library jars by file name, which carries their version), so a changed
 * recipe makes a new image and an unchanged one is never rebuilt.
 */
public final class SandboxImage {

    static final List<String> PACKAGES = List.of(
            "docker.io", "iptables", "ca-certificates", "curl", "wget", "procps", "iproute2",
            "docker-registry", "less", "nano", "openjdk-17-jdk-headless");
    static final String LIBRARIES = "opt/slipway/lib/";
    static final String FINISH = "/usr/local/bin/slipway-notebook --make-archive";
    private static final String RESOURCES = "/dev/slipway/engine/";

    private SandboxImage() {
    }

    /** The recipe, whose reference is {@code slipway/sandbox:<hash>}. */
    public static DebianRecipe recipe() {
        Map<String, DebianRecipe.FileContent> files = new LinkedHashMap<>();
        files.put("usr/local/bin/slipway-sandbox", new DebianRecipe.FileContent(resource("slipway-sandbox.sh"), true));
        files.put("usr/local/bin/slipway-exec", new DebianRecipe.FileContent(resource("slipway-exec.sh"), true));
        files.put("usr/local/bin/slipway-kill", new DebianRecipe.FileContent(resource("slipway-kill.sh"), true));
        files.put("usr/local/bin/slipway-agent", new DebianRecipe.FileContent(resource("slipway-agent.pl"), true));
        files.put("usr/local/bin/slipway-notebook", new DebianRecipe.FileContent(resource("slipway-notebook.sh"), true));
        files.put("opt/slipway/notebook/NotebookRunner.java",
                new DebianRecipe.FileContent(resource("notebook/NotebookRunner.java"), false));
        files.put("opt/slipway/notebook/preamble.jsh", new DebianRecipe.FileContent(resource("notebook/preamble.jsh"), false));
        files.put("etc/slipway/registry.yml", new DebianRecipe.FileContent(resource("registry.yml"), false));
        files.put("workspace/.keep", new DebianRecipe.FileContent("", false));
        List<String> changes = List.of(ImageRecipe.PATH_ENV, "WORKDIR /workspace",
                "ENTRYPOINT [\"/usr/local/bin/slipway-sandbox\"]");
        Map<String, Path> copies = new TreeMap<>();
        NotebookLibraries.jars().forEach(jar -> copies.put(LIBRARIES + jar.getFileName(), jar));
        return new DebianRecipe("slipway/sandbox:" + hash(files, copies, changes), PACKAGES, files, copies, FINISH,
                changes);
    }

    /** The reference of the current sandbox image. */
    public static String reference() {
        return recipe().reference();
    }

    private static String hash(Map<String, DebianRecipe.FileContent> files, Map<String, Path> copies,
            List<String> changes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join(",", PACKAGES).getBytes(StandardCharsets.UTF_8));
            files.forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update(content.text().getBytes(StandardCharsets.UTF_8));
            });
            copies.keySet().forEach(path -> digest.update(path.getBytes(StandardCharsets.UTF_8)));
            digest.update(FINISH.getBytes(StandardCharsets.UTF_8));
            changes.forEach(change -> digest.update(change.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String resource(String name) {
        try (InputStream in = SandboxImage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCES + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
