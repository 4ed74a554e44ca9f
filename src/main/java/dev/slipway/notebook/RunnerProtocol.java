package dev.slipway.notebook;

import dev.slipway.sandbox.OutputSink;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server's half of the notebook runner's protocol (its other half is the runner's source,
 * {@code NotebookRunner.java} among the engine's resources). A request is {@code 'E'}, the
 * timeout in milliseconds as a long and the code; while the cell runs the runner sends
 * {@code 'O'} (stdout) and {@code 'X'} (stderr) frames of text, then one {@code 'R'} result.
 * Strings are an int length and UTF-8 bytes; each output frame holds whole characters.
 */
final class RunnerProtocol {

    private RunnerProtocol() {
    }

    /** What the runner sends. */
    sealed interface Event permits Output, Finished, Closed {
    }

    record Output(OutputSink.OutputStream stream, String text) implements Event {
    }

    record Finished(CellStatus status, Optional<String> value, List<CellDiagnostic> diagnostics,
            Optional<String> exception, List<String> trace) implements Event {
    }

    /** The connection ended: the runner is gone. */
    record Closed(String reason) implements Event {
    }

    static void writeRequest(DataOutputStream out, Cell cell) throws IOException {
        out.writeByte('E');
        out.writeLong(cell.timeout().toMillis());
        writeString(out, cell.code());
        out.flush();
    }

    static Event readEvent(DataInputStream in) throws IOException {
        int kind = in.readByte();
        return switch (kind) {
            case 'O' -> new Output(OutputSink.OutputStream.STDOUT, readString(in));
            case 'X' -> new Output(OutputSink.OutputStream.STDERR, readString(in));
            case 'R' -> readFinished(in);
            default -> throw new IOException("the notebook runner sent an unknown frame " + kind);
        };
    }

    private static Finished readFinished(DataInputStream in) throws IOException {
        CellStatus status = CellStatus.valueOf(readString(in));
        String value = readString(in);
        int count = in.readInt();
        List<CellDiagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            diagnostics.add(new CellDiagnostic(in.readInt(), in.readInt(), readString(in)));
        }
        String exception = readString(in);
        int frames = in.readInt();
        List<String> trace = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            trace.add(readString(in));
        }
        return new Finished(status, Optional.of(value).filter(v -> !v.isEmpty()), diagnostics,
                Optional.of(exception).filter(e -> !e.isEmpty()), trace);
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("the notebook runner sent a string of negative length");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the notebook runner hung up in the middle of a frame");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
