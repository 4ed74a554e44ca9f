package dev.slipway.web;

import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The lesson page's terminal as a Java client, for the benchmark and tests: types into the
 * shell over the WebSocket and waits for text to appear in what it printed.
 */
final class TerminalClient implements WebSocket.Listener, AutoCloseable {

    private final StringBuilder printed = new StringBuilder();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private WebSocket socket;

    private TerminalClient() {
    }

    /** Opens a terminal on {@code lesson} as the learner of {@code client}. */
    static TerminalClient open(BenchClient client, String lesson) {
        TerminalClient terminal = new TerminalClient();
        URI uri = URI.create(client.origin().replaceFirst("^http", "ws") + "/api/lessons/" + lesson
                + "/terminal?cols=120&rows=40&csrf=" + client.csrf());
        try {
            terminal.socket = client.http().newWebSocketBuilder()
                    .header("Origin", client.origin())
                    .header("Cookie", client.cookieHeader())
                    .buildAsync(uri, terminal).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the terminal did not open: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return terminal;
    }

    /** Types {@code text}, such as {@code "docker ps\r"}. */
    void type(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                .replace("\u007f", "\\u007f").replace("\u0003", "\\u0003").replace("\u0004", "\\u0004");
        socket.sendText("{\"type\":\"input\",\"data\":\"" + escaped + "\"}", true).join();
    }

    /** How many characters were printed so far; a mark for {@link #await}. */
    synchronized int mark() {
        return printed.length();
    }

    /**
     * Waits until {@code text} is printed after {@code mark}.
     *
     * @return everything printed after the mark
     * @throws IllegalStateException when it does not come within {@code timeout}, with what was printed
     */
    synchronized String await(int mark, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (printed.indexOf(text, mark) < 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || closed.isDone()) {
                throw new IllegalStateException("the terminal did not print '" + text + "'" + (closed.isDone()
                        ? " (it closed: " + closed.getNow("") + ")" : "") + "; it printed: " + printed.substring(mark));
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return printed.substring(mark);
    }

    /** The reason the server closed the terminal, once it did. */
    CompletableFuture<String> closed() {
        return closed;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        synchronized (this) {
            printed.append(new String(bytes, StandardCharsets.UTF_8));
            notifyAll();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (this) {
            printed.append(data);
            notifyAll();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        synchronized (this) {
            notifyAll();
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("error: " + error);
        synchronized (this) {
            notifyAll();
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // closed already, or the server is gone; the socket is aborted below either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket.abort();
    }

    /** Waits up to {@code timeout} for the server to close the terminal. */
    boolean awaitClosed(Duration timeout) {
        try {
            closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
