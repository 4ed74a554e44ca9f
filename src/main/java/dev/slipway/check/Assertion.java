package dev.slipway.check;

import dev.slipway.sandbox.Sandbox;

/**
 * One line of a declarative check, such as {@code container web running}. Each verifies
 * itself by running a small probe command in the sandbox and reading its output.
 */
public sealed interface Assertion
        permits ContainerState, ContainerPort, ImagePresence, VolumeExists, VolumeMount, FileInContainer, HttpStatus,
        HttpContains {

    /** 1-based line of the assertion in the lesson file. */
    int line();

    /**
     * Looks at the sandbox.
     *
     * @throws dev.slipway.sandbox.SandboxException when the sandbox itself fails
     */
    CheckResult verify(Sandbox sandbox);
}
