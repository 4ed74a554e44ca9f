package dev.slipway.web;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every error into one JSON answer, {@code {"status":404,"error":"..."}}, in one place. */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    void http(HttpResponseException e, Context ctx) {
        answer(ctx, e.getStatus(), e.getMessage());
    }

    void badInput(IllegalArgumentException e, Context ctx) {
        answer(ctx, HttpStatus.BAD_REQUEST.getCode(), e.getMessage());
    }

    void badJson(JacksonException e, Context ctx) {
        answer(ctx, HttpStatus.BAD_REQUEST.getCode(), "the request body is not the JSON expected: " + e.getOriginalMessage());
    }

    void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "the server failed: " + e.getMessage()
                + ". The server log has the details.");
    }

    private static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, message));
    }

    /** The body of every error answer. */
    record ApiError(int status, String error) {
    }
}
