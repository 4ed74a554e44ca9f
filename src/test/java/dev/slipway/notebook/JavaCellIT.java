package dev.slipway.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import dev.slipway.sandbox.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEngine.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaCellIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Sandbox sandbox;
    private final Notebooks notebooks = new Notebooks(64 * 1024);

    @BeforeAll
    void createSandbox(TestEngine engine) {
        sandbox = engine.factory().create();
    }

    @AfterAll
    void destroySandbox() {
        notebooks.close();
        sandbox.close();
    }

    private CellResult run(String notebook, String code) {
        return notebooks.run(sandbox, notebook, new Cell(code, TIMEOUT), OutputSink.NONE);
    }

    @Test
    void streamsWhatACellPrints() {
        List<String> chunks = new ArrayList<>();
        CellResult result = notebooks.run(sandbox, "print", new Cell("System.out.println(\"héllo\");\nSystem.err.println(\"oops\");",
                TIMEOUT), (stream, text) -> chunks.add(stream + ":" + text));

        assertThat(result.status()).isEqualTo(CellStatus.COMPLETED);
        assertThat(result.output()).isEqualTo("héllo\noops\n");
        assertThat(chunks).containsExactly("STDOUT:héllo\n", "STDERR:oops\n");
        assertThat(result.value()).isEmpty();
    }

    @Test
    void returnsTheValueOfTheLastExpression() {
        CellResult result = run("value", "int x = 20;\nx + 22");

        assertThat(result.status()).isEqualTo(CellStatus.COMPLETED);
        assertThat(result.value()).contains("42");
    }

    @Test
    void reportsCompileErrorsWithLineAndColumnAndRunsNothingAfterThem() {
        CellResult result = run("compile", "System.out.println(\"before\");\n  String s = 42;\nSystem.out.println(\"after\");");

        assertThat(result.status()).isEqualTo(CellStatus.COMPILE_ERROR);
        assertThat(result.diagnostics()).containsExactly(
                new CellDiagnostic(2, 14, "incompatible types: int cannot be converted to java.lang.String"));
        assertThat(result.output()).isEqualTo("before\n");
        assertThat(result.message()).isEqualTo("the cell does not compile:\n"
                + "line 2, column 14: incompatible types: int cannot be converted to java.lang.String");
    }

    @Test
    void reportsAnExceptionWithAShortTraceIntoTheCells() {
        run("throw", "void fail(String why) {\n    throw new IllegalStateException(why);\n}");

        CellResult result = run("throw", "int a = 1;\nfail(\"no engine\");");

        assertThat(result.status()).isEqualTo(CellStatus.EXCEPTION);
        assertThat(result.exception()).contains("java.lang.IllegalStateException: no engine");
        assertThat(result.trace()).containsExactly("at fail (line 2 of an earlier cell)", "at line 2");
    }

    @Test
    void showsOnlyTheMessageOfAFailedAssertion() {
        CellResult result = run("assert", "assert 1 + 1 == 3 : \"expected 3 containers, found 2\";");

        assertThat(result.status()).isEqualTo(CellStatus.EXCEPTION);
        assertThat(result.message()).isEqualTo("expected 3 containers, found 2");
    }

    @Test
    void stopsARunawayCellAtItsTimeLimitAndKeepsTheSession() {
        run("loop", "int kept = 7;");

        CellResult stopped = notebooks.run(sandbox, "loop", new Cell("while (true) {}", Duration.ofSeconds(2)), OutputSink.NONE);
        CellResult next = run("loop", "kept * 6");

        assertThat(stopped.status()).isEqualTo(CellStatus.STOPPED);
        assertThat(stopped.elapsed()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
        assertThat(next.value()).contains("42");
        assertThat(next.notes()).isEmpty();
    }

    @Test
    void keepsImportsVariablesAndMethodsAcrossCells() {
        run("state", "import java.util.concurrent.atomic.AtomicInteger;");
        run("state", "var counter = new AtomicInteger();");
        run("state", "int bump() { return counter.incrementAndGet(); }");
        run("state", "bump();");

        assertThat(run("state", "bump()").value()).contains("2");
        assertThat(run("other", "1").value()).contains("1");
    }

    @Test
    void startsANewSessionAfterACellEndsTheOldOneAndSaysSo() {
        run("exit", "int lost = 1;");

        CellResult exited = run("exit", "System.exit(0);");
        CellResult next = run("exit", "lost");

        assertThat(exited.status()).isEqualTo(CellStatus.SESSION_ENDED);
        assertThat(next.status()).isEqualTo(CellStatus.COMPILE_ERROR);
        assertThat(next.notes()).containsExactly(Notebooks.RESTARTED);
    }

    @Test
    void runsAndInspectsAContainerWithThePredefinedDockerClient() {
        CellResult result = run("docker", """
                var created = docker.createContainerCmd("busybox:latest").withName("from-java")
                        .withCmd("sleep", "300").exec();
                docker.startContainerCmd(created.getId()).exec();
                var state = docker.inspectContainerCmd("from-java").exec().getState();
                System.out.println("running: " + state.getRunning());
                docker.removeContainerCmd(created.getId()).withForce(true).exec();
                docker.listContainersCmd().withShowAll(true).exec().size()
                """);

        assertThat(result.message()).isEmpty();
        assertThat(result.output()).isEqualTo("running: true\n");
        assertThat(result.value()).contains("0");
    }

    @Test
    void cannotSeeTheHostsFiles() throws IOException {
        Path marker = Path.of("/tmp", "slipway-host-marker-" + UUID.randomUUID());
        Files.writeString(marker, "host only");
        try {
            CellResult result = run("host", "Files.exists(Path.of(\"" + marker + "\"))");

            assertThat(result.value()).contains("false");
        } finally {
            Files.delete(marker);
        }
    }
}
