package dev.slipway.sandbox;

/**
 * An interactive shell in a sandbox's workspace, on a pseudo-terminal, so {@code docker run -it}
 * works in it. Its output goes to the {@link ShellListener} given when it was opened.
 */
public interface Shell extends AutoCloseable {

    /** Types {@code input} (keystrokes, as the terminal encodes them). Ignored once the shell ended. */
    void write(byte[] input);

    /** Tells the shell's terminal its new size. Ignored once the shell ended. */
    void resize(TerminalSize size);

    /** Ends the shell and every process it started; containers it started stay. */
    @Override
    void close();
}
