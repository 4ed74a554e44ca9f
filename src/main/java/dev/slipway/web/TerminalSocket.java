package dev.slipway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.lesson.Lesson;
import dev.slipway.lesson.LessonCatalog;
import dev.slipway.lesson.ParsedLesson;
import dev.slipway.run.LessonSetupException;
import dev.slipway.sandbox.SandboxException;
import dev.slipway.sandbox.Shell;
import dev.slipway.sandbox.ShellListener;
import dev.slipway.sandbox.TerminalSize;
import dev.slipway.session.LearnerSession;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.websocket.api.Callback;

/**
 * The lesson page's terminal: one WebSocket, one shell in the learner's sandbox. The browser
 * sends {@code {"type":"input","data":"..."}} and {@code {"type":"resize","cols":80,"rows":24}};
 * the server sends the shell's output as binary messages, and {@code {"type":"error","message":"..."}}
 * when no shell could be opened. The shell ends when the socket closes, and the socket closes
 * when the shell ends. Checked before the upgrade by {@link RequestGuard#checkUpgrade}.
 */
final class TerminalSocket {

    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final LessonCatalog catalog;
    private final Learners learners;
    private final ObjectMapper json;
    private final Map<String, Shell> shells = new ConcurrentHashMap<>();

    TerminalSocket(LessonCatalog catalog, Learners learners, ObjectMapper json) {
        this.catalog = catalog;
        this.learners = learners;
        this.json = json;
    }

    void configure(WsConfig ws) {
        ws.onConnect(this::connect);
        ws.onMessage(this::message);
        ws.onClose(this::close);
        ws.onError(ctx -> end(ctx));
    }

    private void connect(WsConnectContext ctx) {
        ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
        Optional<Lesson> lesson = catalog.find(ctx.pathParam("lesson")).map(ParsedLesson::lesson);
        Optional<LearnerSession> learner = learners.existing(ctx.cookie(Learners.COOKIE));
        if (lesson.isEmpty() || learner.isEmpty()) {
            refuse(ctx, lesson.isEmpty() ? "there is no lesson '" + ctx.pathParam("lesson") + "'"
                    : "you are not a learner of this server yet; reload the page");
            return;
        }
        try {
            TerminalSize size = new TerminalSize(number(ctx.queryParam("cols"), 80), number(ctx.queryParam("rows"), 24));
            shells.put(ctx.sessionId(), learner.get().openShell(lesson.get(), size, new Output(ctx)));
        } catch (IllegalArgumentException | SandboxException | LessonSetupException e) {
            refuse(ctx, "no shell could be started: " + e.getMessage());
        }
    }

    private void message(WsMessageContext ctx) {
        Shell shell = shells.get(ctx.sessionId());
        if (shell == null) {
            return;
        }
        JsonNode message = parse(ctx.message());
        switch (message.path("type").asText()) {
            case "input" -> shell.write(message.path("data").asText().getBytes(StandardCharsets.UTF_8));
            case "resize" -> shell.resize(new TerminalSize(message.path("cols").asInt(), message.path("rows").asInt()));
            default -> refuse(ctx, "the terminal sent a message of unknown type: " + message.path("type"));
        }
    }

    private void close(WsCloseContext ctx) {
        end(ctx);
    }

    private void end(WsContext ctx) {
        Optional.ofNullable(shells.remove(ctx.sessionId())).ifPresent(Shell::close);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the terminal sent a message that is not JSON", e);
        }
    }

    private void refuse(WsContext ctx, String message) {
        ctx.send(Map.of("type", "error", "message", message));
        ctx.closeSession(1008, "refused");
    }

    private static int number(String text, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        if (!text.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("'" + text + "' is not a terminal size");
        }
        return Integer.parseInt(text);
    }

    /**
     * Passes the shell's output to the browser, one message per piece, waiting for each to be
     * sent: a browser that reads slowly slows the shell down instead of filling the server's memory.
     */
    private static final class Output implements ShellListener {

        private final WsContext ctx;

        Output(WsContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void output(byte[] bytes) {
            if (!ctx.session.isOpen()) {
                return;
            }
            Callback.Completable sent = new Callback.Completable();
            ctx.session.sendBinary(ByteBuffer.wrap(bytes), sent);
            try {
                sent.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                ctx.closeSession(1001, "the browser stopped reading");
            }
        }

        @Override
        public void ended() {
            if (ctx.session.isOpen()) {
                ctx.closeSession(1000, "the shell ended");
            }
        }
    }
}
