package dev.slipway.web;

import dev.slipway.session.LearnerSession;
import dev.slipway.session.SessionManager;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;

/** Finds the learner of a request by their long-lived cookie, making a new learner when there is none. */
final class Learners {

    static final String COOKIE = "slipway_learner";
    private static final int MAX_AGE = (int) Duration.ofDays(400).toSeconds();

    private final SessionManager sessions;

    Learners(SessionManager sessions) {
        this.sessions = sessions;
    }

    LearnerSession of(Context ctx) {
        Optional<LearnerSession> known = Optional.ofNullable(ctx.cookie(COOKIE)).flatMap(sessions::find);
        if (known.isPresent()) {
            return known.get();
        }
        LearnerSession created = sessions.create();
        ctx.cookie(new Cookie(COOKIE, created.id(), "/", MAX_AGE, false, true, null, SameSite.LAX));
        return created;
    }
}
