package dev.slipway.sandbox;

/** Receives what a {@link Shell} prints, and its end. Called from one thread at a time. */
public interface ShellListener {

    /** Bytes the terminal shows, as they arrive; the array is the listener's to keep. */
    void output(byte[] bytes);

    /** The shell ended: it exited, was closed, or its sandbox went away. Called once. */
    void ended();
}
