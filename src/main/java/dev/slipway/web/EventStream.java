package dev.slipway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.sandbox.OutputSink;
import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The answer to a run as server-sent events, written as they happen: {@code output} events
 * ({@code {"stream":"stdout","text":"..."}}) while the command runs, then one {@code result}.
 * Nothing is sent before the first event, so an error found before the run still gets a
 * normal error answer. A browser that goes away stops the writing, not the run.
 */
final class EventStream implements OutputSink {

    private final Context ctx;
    private final ObjectMapper json;
    private boolean gone;

    EventStream(Context ctx, ObjectMapper json) {
        this.ctx = ctx;
        this.json = json;
    }

    @Override
    public void accept(OutputStream stream, String text) {
        send("output", new OutputEvent(stream.name().toLowerCase(Locale.ROOT), text));
    }

    /** Sends one event and flushes it to the browser. */
    synchronized void send(String event, Object data) {
        if (gone) {
            return;
        }
        byte[] frame;
        try {
            frame = ("event: " + event + "\ndata: " + json.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (!ctx.res().isCommitted()) {
                ctx.res().setContentType("text/event-stream;charset=utf-8");
                ctx.res().setHeader("Cache-Control", "no-store");
            }
            ServletOutputStream out = ctx.res().getOutputStream();
            out.write(frame);
            out.flush();
        } catch (IOException e) {
            gone = true;
        }
    }

    /** A piece of a command's output. */
    record OutputEvent(String stream, String text) {
    }
}
