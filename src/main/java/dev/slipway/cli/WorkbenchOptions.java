package dev.slipway.cli;

import picocli.CommandLine.Mixin;

/** The options of the commands that run the workbench, {@code serve} and {@code up}: the server's and the sandboxes'. */
final class WorkbenchOptions {

    @Mixin
    ServeOptions serve;

    @Mixin
    SandboxOptions sandbox;
}
