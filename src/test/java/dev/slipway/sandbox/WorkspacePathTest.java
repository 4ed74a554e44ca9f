package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkspacePathTest {

    @Test
    void keepsARelativePathNormalised() {
        assertThat(WorkspacePath.require("app/./src/../Dockerfile")).isEqualTo("app/Dockerfile");
    }

    @Test
    void rejectsAnAbsolutePath() {
        assertThatThrownBy(() -> WorkspacePath.require("/etc/passwd")).hasMessageContaining("relative to the workspace");
    }

    @Test
    void rejectsAPathThatClimbsOut() {
        assertThatThrownBy(() -> WorkspacePath.require("app/../../x")).hasMessageContaining("leaves the workspace");
    }

    @Test
    void rejectsAnEmptyPath() {
        assertThatThrownBy(() -> WorkspacePath.require(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkspacePath.require("a/..")).isInstanceOf(IllegalArgumentException.class);
    }
}
