package dev.slipway.sandbox;

/** Receives a command's output as it arrives, already decoded as UTF-8 text. */
public interface OutputSink {

    /** Ignores everything. */
    OutputSink NONE = (stream, text) -> { };

    void accept(OutputStream stream, String text);

    /** Which stream a piece of output came from. */
    enum OutputStream { STDOUT, STDERR }
}
