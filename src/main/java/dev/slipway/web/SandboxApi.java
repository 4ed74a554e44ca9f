package dev.slipway.web;

import dev.slipway.session.LearnerSession;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Map;
import java.util.regex.Pattern;

/** The sandbox panel's API: what is in the learner's sandbox, and stopping, removing and reading its containers. */
final class SandboxApi {

    private static final Pattern CONTAINER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    private static final int LOG_LINES = 200;

    private final Learners learners;

    SandboxApi(Learners learners) {
        this.learners = learners;
    }

    void state(Context ctx) {
        LearnerSession learner = learners.of(ctx);
        ctx.json(SandboxView.of(learner.sandboxState(), PortProxy.linkPrefix(learner)));
    }

    void stop(Context ctx) {
        learners.of(ctx).stopContainer(container(ctx));
        ctx.json(Map.of("stopped", true));
    }

    void remove(Context ctx) {
        learners.of(ctx).removeContainer(container(ctx));
        ctx.json(Map.of("removed", true));
    }

    void logs(Context ctx) {
        ctx.json(Map.of("logs", learners.of(ctx).containerLogs(container(ctx), LOG_LINES)));
    }

    private static String container(Context ctx) {
        String name = ctx.pathParam("container");
        if (!CONTAINER.matcher(name).matches()) {
            throw new BadRequestResponse("'" + name + "' is not a container name or id");
        }
        return name;
    }
}
