package dev.slipway.session;

import dev.slipway.progress.ProgressStore;
import dev.slipway.sandbox.Sandbox;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The learners of one server: makes sessions, finds them by the id in the learner's cookie
 * (also after a restart, for learners the progress store knows), and gives back the sandboxes
 * of learners idle for longer than the idle time. Progress stays when a sandbox goes.
 */
public final class SessionManager implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final Supplier<Sandbox> sandboxes;
    private final LessonRunner runner;
    private final ProgressStore progress;
    private final Duration idle;
    private final Clock clock;
    private final Map<String, LearnerSession> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slipway-session-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param sandboxes hands out a ready sandbox, which the session then owns (such as {@code pool::acquire})
     * @param idle how long a learner may do nothing before their sandbox is given back
     */
    public SessionManager(Supplier<Sandbox> sandboxes, LessonRunner runner, ProgressStore progress, Duration idle, Clock clock) {
        this.sandboxes = sandboxes;
        this.runner = runner;
        this.progress = progress;
        this.idle = idle;
        this.clock = clock;
    }

    /** Starts giving back idle sandboxes in the background. */
    public SessionManager start() {
        long every = Math.max(1, Math.min(idle.toMillis() / 4, 30_000));
        sweeper.scheduleWithFixedDelay(this::releaseIdle, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    /** A new learner, remembered by the progress store. */
    public LearnerSession create() {
        String id = randomId();
        progress.addLearner(id);
        return sessions.computeIfAbsent(id, this::session);
    }

    /** The learner with this id: in memory, or known from before a restart; empty for any other id. */
    public Optional<LearnerSession> find(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        LearnerSession live = sessions.get(id);
        if (live != null) {
            return Optional.of(live);
        }
        return progress.knowsLearner(id) ? Optional.of(sessions.computeIfAbsent(id, this::session)) : Optional.empty();
    }

    /**
     * Gives back the sandboxes of learners idle for longer than the idle time.
     *
     * @return how many were given back
     */
    public int releaseIdle() {
        return (int) sessions.values().stream().filter(session -> session.releaseIfIdle(idle)).count();
    }

    private static String randomId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private LearnerSession session(String id) {
        return new LearnerSession(id, sandboxes, runner, progress, clock);
    }

    /** Stops the sweeper and destroys every learner's sandbox. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        sessions.values().forEach(LearnerSession::close);
    }
}
