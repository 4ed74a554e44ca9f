package slipway.notebook;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Slipway's notebook runner, inside a learner's sandbox: evaluates Java cells with JShell in
 * this JVM and keeps their state. Started once per notebook session with the path of a unix
 * socket; it answers one connection and ends when that connection closes.
 *
 * Requests: 'E' timeoutMillis:long code:string. Replies while a cell runs: 'O' or 'X' text
 * (stdout, stderr), then 'R' status:string value:string diagnostics exception. A string is an
 * int length and UTF-8 bytes. The server side is dev.slipway.notebook.RunnerProtocol.
 */
public final class NotebookRunner {

    static final String LIBRARIES = "/opt/slipway/lib";
    /** Imports and {@code DockerClient docker}: one snippet a line, run before the first cell. */
    static final String PREAMBLE = "/opt/slipway/notebook/preamble.jsh";
    private static final int TRACE_FRAMES = 6;

    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemon("watchdog"));
    private final Map<String, SnippetPlace> places = new HashMap<>();
    private final Object writeLock = new Object();
    private volatile DataOutputStream out = new DataOutputStream(OutputStream.nullOutputStream());
    private volatile boolean stopped;
    private int cellNumber;

    /** Where a snippet came from: the cell that defined it, and the line it starts on there. */
    record SnippetPlace(int cell, int line) {
    }

    NotebookRunner() {
        shell = JShell.builder().executionEngine("local").build();
        for (Path jar : libraries()) {
            shell.addToClasspath(jar.toString());
        }
        analysis = shell.sourceCodeAnalysis();
        for (String line : preamble()) {
            for (SnippetEvent event : shell.eval(line)) {
                if (event.status() == Snippet.Status.REJECTED || event.exception() != null) {
                    throw new IllegalStateException("the notebook preamble failed at: " + line + " "
                            + shell.diagnostics(event.snippet()).map(d -> d.getMessage(Locale.ROOT)).toList());
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        System.setIn(InputStream.nullInputStream());
        if (args.length == 1 && args[0].equals("--warm-up")) {
            new NotebookRunner().warmUp();
            System.exit(0);
        }
        NotebookRunner runner = new NotebookRunner();
        runner.redirectOutput();
        runner.serve(Path.of(args[0]));
    }

    /** Runs typical cells once, so that a class-data archive made of this run holds what cells load. */
    private void warmUp() {
        for (String cell : List.of("1 + 1", "System.out.println(\"hello\");", "int twice(int x) { return 2 * x; }",
                "twice(21)", "var list = List.of(1, 2, 3);", "list.stream().map(String::valueOf).collect(Collectors.joining(\",\"))",
                "throw new IllegalStateException(\"warm-up\");", "int broken = ;", "docker.listContainersCmd()")) {
            eval(cell, 60_000);
        }
    }

    private static List<String> preamble() {
        try {
            return Files.readAllLines(Path.of(PREAMBLE)).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + PREAMBLE + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> libraries() {
        try (Stream<Path> jars = Files.list(Path.of(LIBRARIES))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + LIBRARIES + ": " + e.getMessage(), e);
        }
    }

    private void redirectOutput() {
        System.setOut(new PrintStream(new FrameStream('O'), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FrameStream('X'), true, StandardCharsets.UTF_8));
    }

    private void serve(Path socket) throws IOException, InterruptedException {
        Files.deleteIfExists(socket);
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            SocketChannel channel = server.accept();
            Files.deleteIfExists(socket);
            out = new DataOutputStream(new BufferedOutputStream(output(channel)));
            SynchronousQueue<Request> requests = new SynchronousQueue<>();
            Thread reader = new Thread(() -> readRequests(new BufferedInputStream(input(channel)), requests), "requests");
            reader.setDaemon(true);
            reader.start();
            while (true) {
                Request request = requests.take();
                Result result = eval(request.code(), request.timeoutMillis());
                synchronized (writeLock) {
                    out.writeByte('R');
                    result.write(out);
                    out.flush();
                }
            }
        }
    }

    /** Reads requests until the server hangs up, then ends the process, a running cell included. */
    private static void readRequests(InputStream stream, SynchronousQueue<Request> requests) {
        try (DataInputStream in = new DataInputStream(stream)) {
            while (true) {
                int kind = in.readByte();
                if (kind != 'E') {
                    throw new IOException("unknown request " + kind);
                }
                long timeout = in.readLong();
                requests.put(new Request(timeout, readString(in)));
            }
        } catch (EOFException e) {
            Runtime.getRuntime().halt(0);
        } catch (IOException | InterruptedException e) {
            Runtime.getRuntime().halt(3);
        }
    }

    record Request(long timeoutMillis, String code) {
    }

    /** A cell's diagnostic, at a 1-based line and column of the cell. */
    record Diagnostic(int line, int column, String message) {
    }

    /** What a cell did: COMPLETED, COMPILE_ERROR, EXCEPTION or STOPPED. */
    record Result(String status, String value, List<Diagnostic> diagnostics, String exception, List<String> trace) {

        void write(DataOutputStream out) throws IOException {
            writeString(out, status);
            writeString(out, value);
            out.writeInt(diagnostics.size());
            for (Diagnostic d : diagnostics) {
                out.writeInt(d.line());
                out.writeInt(d.column());
                writeString(out, d.message());
            }
            writeString(out, exception);
            out.writeInt(trace.size());
            for (String frame : trace) {
                writeString(out, frame);
            }
        }
    }

    Result eval(String code, long timeoutMillis) {
        stopped = false;
        ScheduledFuture<?> stop = watchdog.schedule(() -> {
            stopped = true;
            shell.stop();
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            return evalSnippets(code);
        } finally {
            stop.cancel(false);
        }
    }

    private Result evalSnippets(String code) {
        cellNumber++;
        String remaining = code;
        String value = "";
        while (!remaining.isBlank()) {
            // JShell reports positions from the first character it is given, so give it none of the blank ones.
            int start = code.length() - remaining.length() + leadingSpace(remaining);
            remaining = code.substring(start);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            boolean complete = info.completeness().isComplete();
            String source = complete ? info.source() : remaining;
            remaining = complete && info.remaining().length() < remaining.length() ? info.remaining() : "";
            for (SnippetEvent event : shell.eval(source)) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                places.put(event.snippet().id(), new SnippetPlace(cellNumber, lineOf(code, start)));
                if (stopped) {
                    return failure("STOPPED", List.of(), "", List.of());
                }
                if (event.status() == Snippet.Status.REJECTED) {
                    return failure("COMPILE_ERROR", diagnostics(event.snippet(), code, start), "", List.of());
                }
                if (event.exception() != null) {
                    return exception(event.exception(), code, start);
                }
                value = valueOf(event);
            }
        }
        return new Result("COMPLETED", value, List.of(), "", List.of());
    }

    private static String valueOf(SnippetEvent event) {
        Snippet snippet = event.snippet();
        boolean expression = snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
        return expression && event.value() != null ? event.value() : "";
    }

    private List<Diagnostic> diagnostics(Snippet snippet, String code, int start) {
        List<Diagnostic> list = new ArrayList<>();
        shell.diagnostics(snippet).filter(Diag::isError).forEach(diag -> {
            long position = Math.max(0, diag.getStartPosition());
            int at = (int) Math.min(code.length(), start + position);
            int line = lineOf(code, at);
            int column = at - code.lastIndexOf('\n', at - 1);
            list.add(new Diagnostic(line, column, diag.getMessage(Locale.ROOT).replaceAll("\n\\s*location: class\\s*$", "")));
        });
        return list;
    }

    private Result exception(JShellException thrown, String code, int start) {
        String name;
        if (thrown instanceof EvalException eval) {
            name = eval.getExceptionClassName();
        } else if (thrown instanceof UnresolvedReferenceException unresolved) {
            return failure("EXCEPTION", List.of(), "cannot run " + unresolved.getSnippet().source().strip()
                    + ": it uses something no cell has defined yet", List.of());
        } else {
            name = thrown.getClass().getName();
        }
        String message = thrown.getMessage() == null ? name : name + ": " + thrown.getMessage();
        return failure("EXCEPTION", List.of(), message, trace(thrown.getStackTrace(), lineOf(code, start)));
    }

    /**
     * The first library frame and every frame in cells: {@code at twice (line 3)}, with
     * {@code of an earlier cell} for code that an earlier cell defined.
     */
    private List<String> trace(StackTraceElement[] frames, int cellLine) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < frames.length && lines.size() < TRACE_FRAMES; i++) {
            StackTraceElement frame = frames[i];
            String file = frame.getFileName() == null ? "" : frame.getFileName();
            if (file.startsWith("#")) {
                SnippetPlace place = places.getOrDefault(file.substring(1), new SnippetPlace(cellNumber, cellLine));
                int line = place.line() + Math.max(frame.getLineNumber(), 1) - 1;
                String where = place.cell() == cellNumber ? "line " + line : "line " + line + " of an earlier cell";
                boolean topLevel = frame.getMethodName().isEmpty() || frame.getMethodName().startsWith("do_it$");
                lines.add(topLevel ? "at " + where
                        : "at " + frame.getMethodName() + " (" + where + ")");
            } else if (i == 0) {
                lines.add("at " + frame);
            }
        }
        return lines;
    }

    private static Result failure(String status, List<Diagnostic> diagnostics, String exception, List<String> trace) {
        return new Result(status, "", diagnostics, exception, trace);
    }

    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineOf(String text, int position) {
        return (int) text.substring(0, Math.min(position, text.length())).chars().filter(c -> c == '\n').count() + 1;
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads the channel directly: the streams of Channels share one lock for reads and writes. */
    private static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return length == 0 ? 0 : channel.read(ByteBuffer.wrap(bytes, offset, length));
            }
        };
    }

    private static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Sends what is written to it as output frames of one kind; PrintStream writes whole characters. */
    private final class FrameStream extends OutputStream {

        private final int kind;

        FrameStream(int kind) {
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            synchronized (writeLock) {
                out.writeByte(kind);
                out.writeInt(length);
                out.write(bytes, offset, length);
                out.flush();
            }
        }
    }
}
