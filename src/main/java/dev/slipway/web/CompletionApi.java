package dev.slipway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.notebook.CompletionService;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

/** Code completion for the Java cells' editors: what may be typed at the caret, from the server's analysis. */
final class CompletionApi {

    /** Longer than any cell a learner types; analysis time grows with the code. */
    static final int MAX_CODE_CHARS = 20_000;

    private final CompletionService completions;
    private final ObjectMapper json;

    CompletionApi(CompletionService completions, ObjectMapper json) {
        this.completions = completions;
        this.json = json;
    }

    /** Answers {@code {"anchor":7,"candidates":["listImagesCmd()", ...]}}; candidates are empty when none fit. */
    void complete(Context ctx) throws JsonProcessingException {
        // read with Jackson itself: Javalin's bodyAsClass fails on a JSON null with an internal error
        CompletionRequest request = json.readValue(ctx.body(), CompletionRequest.class);
        if (request == null || request.code() == null || request.cursor() == null) {
            throw new BadRequestResponse("a completion request is JSON such as {\"code\": \"docker.li\", \"cursor\": 9}");
        }
        if (request.code().length() > MAX_CODE_CHARS) {
            throw new ContentTooLargeResponse("the code has " + request.code().length() + " characters; completion takes at most "
                    + MAX_CODE_CHARS);
        }
        ctx.json(completions.suggest(request.code(), request.cursor()));
    }
}
