package dev.slipway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the dependency lines of the architecture: only a few packages touch Docker or the web. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/slipway");

    @Test
    void onlyEngineAndSandboxImportDockerJava() throws IOException {
        assertThat(packagesImporting("import com.github.dockerjava")).containsOnly("engine", "sandbox");
    }

    @Test
    void onlyWebImportsJavalin() throws IOException {
        assertThat(packagesImporting("import io.javalin")).isSubsetOf("web");
    }

    @Test
    void lessonsDependOnNothingThatRunsThem() throws IOException {
        assertThat(filesIn("lesson").filter(file -> imports(file, "import dev.slipway.sandbox")
                || imports(file, "import dev.slipway.engine") || imports(file, "import dev.slipway.web"))).isEmpty();
    }

    private static List<String> packagesImporting(String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> imports(file, prefix))
                    .map(file -> SOURCES.relativize(file).getName(0).toString())
                    .distinct()
                    .toList();
        }
    }

    private static Stream<Path> filesIn(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        }
    }

    private static boolean imports(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith(prefix));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
