package dev.slipway.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CompletionServiceTest {

    private static final CompletionService COMPLETIONS = new CompletionService();

    @AfterAll
    static void close() {
        COMPLETIONS.close();
    }

    @Test
    void completesTheMethodsOfThePredefinedDockerClient() {
        String code = "docker.listC";

        CompletionService.Completions completions = COMPLETIONS.suggest(code, code.length());

        assertThat(completions.candidates()).contains("listContainersCmd()");
        assertThat(completions.anchor()).isEqualTo("docker.".length());
    }

    @Test
    void knowsVariablesDeclaredEarlierInTheSameCell() {
        String code = "var containers = docker.listContainersCmd().exec();\nString first = \"x\";\ncontainers.si";

        assertThat(COMPLETIONS.complete(code, code.length())).contains("size()");
    }

    @Test
    void forgetsACellsDeclarationsAfterCompletingIt() {
        String first = "String onlyHere = \"x\";\nonlyH";
        assertThat(COMPLETIONS.complete(first, first.length())).containsExactly("onlyHere");

        assertThat(COMPLETIONS.complete("onlyH", 5)).isEmpty();
    }

    @Test
    void completesInTheMiddleOfTheCode() {
        String code = "docker.ping\nint x = 1;";

        assertThat(COMPLETIONS.complete(code, "docker.ping".length())).contains("pingCmd()");
    }

    @Test
    void rejectsACursorOutsideTheCode() {
        assertThatThrownBy(() -> COMPLETIONS.complete("docker", 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
