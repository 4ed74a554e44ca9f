package dev.slipway.session;

import dev.slipway.sandbox.Shell;
import dev.slipway.sandbox.TerminalSize;

/** A learner's shell: typing in it keeps their session active, so their sandbox is not given back meanwhile. */
final class LearnerShell implements Shell {

    private final Shell shell;
    private final Runnable activity;

    LearnerShell(Shell shell, Runnable activity) {
        this.shell = shell;
        this.activity = activity;
    }

    @Override
    public void write(byte[] input) {
        activity.run();
        shell.write(input);
    }

    @Override
    public void resize(TerminalSize size) {
        shell.resize(size);
    }

    @Override
    public void close() {
        shell.close();
    }
}
