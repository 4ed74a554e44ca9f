package dev.slipway.engine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;

/**
 * What Java cells start from: the preamble every session runs, and the jar files cells compile
 * and run against: docker-java with its zerodep transport and
 * their runtime dependencies. They are the very jars on Slipway's own class path, found by a
 * class each holds, so the sandbox image and the server's code analysis use the same versions.
 */
public final class NotebookLibraries {

    /** One class of each jar, in the order the jars are listed. */
    static final List<String> MARKER_CLASSES = List.of(
            "com.github.dockerjava.api.DockerClient",
            "com.github.dockerjava.core.DockerClientImpl",
            "com.github.dockerjava.transport.DockerHttpClient",
            "com.github.dockerjava.zerodep.ZerodepDockerHttpClient",
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.google.common.collect.ImmutableList",
            "com.google.common.util.concurrent.internal.InternalFutureFailureAccess",
            "org.apache.commons.io.IOUtils",
            "org.apache.commons.lang3.StringUtils",
            "org.apache.commons.compress.archivers.tar.TarArchiveOutputStream",
            "org.bouncycastle.openssl.PEMParser",
            "org.bouncycastle.asn1.cms.ContentInfo",
            "org.bouncycastle.jce.provider.BouncyCastleProvider",
            "com.sun.jna.Native",
            "org.slf4j.LoggerFactory",
            "org.slf4j.simple.SimpleLogger");

    private NotebookLibraries() {
    }

    /**
     * The jar files, one per marker class.
     *
     * @throws EngineException when a class is missing or does not come from a jar file (Slipway
     *     was built or packaged wrongly)
     */
    public static List<Path> jars() {
        return MARKER_CLASSES.stream().map(NotebookLibraries::jarOf).distinct().toList();
    }

    /**
     * The snippets every notebook session starts with, one a line: the imports cells may rely
     * on and the declaration of {@code DockerClient docker}.
     */
    public static List<String> preamble() {
        return SandboxImage.resource("notebook/preamble.jsh").lines().filter(line -> !line.isBlank()).toList();
    }

    private static Path jarOf(String className) {
        try {
            Class<?> marker = Class.forName(className, false, NotebookLibraries.class.getClassLoader());
            Path jar = Path.of(Optional.ofNullable(marker.getProtectionDomain().getCodeSource())
                    .map(CodeSource::getLocation)
                    .orElseThrow(() -> missing(className, "it has no code source")).toURI());
            if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
                throw missing(className, "it comes from " + jar + ", not a jar file");
            }
            return jar;
        } catch (ClassNotFoundException e) {
            throw missing(className, "it is not on the class path");
        } catch (URISyntaxException e) {
            throw missing(className, e.getMessage());
        }
    }

    private static EngineException missing(String className, String why) {
        return new EngineException("the Java notebook needs the jar of " + className + ", but " + why
                + "; rebuild Slipway with: mvn -B -DskipTests package");
    }
}
