package dev.slipway.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Keeps a number of ready sandboxes so that a learner never waits for a cold start. A
 * background thread makes sandboxes until the pool is full and, every few seconds, replaces
 * any that died or were removed from outside. A sandbox handed out belongs to the caller, who
 * closes it.
 */
public final class SandboxPool implements SandboxSource, AutoCloseable {

    private static final Duration HEALTH_INTERVAL = Duration.ofSeconds(2);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

    private final SandboxFactory factory;
    private final int size;
    private final Consumer<String> log;
    private final BlockingDeque<Sandbox> ready = new LinkedBlockingDeque<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slipway-sandbox-pool");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService closer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slipway-sandbox-closer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long lastFailure;

    public SandboxPool(SandboxFactory factory, int size, Consumer<String> log) {
        if (size < 0) {
            throw new IllegalArgumentException("the pool size must not be negative: " + size);
        }
        this.factory = factory;
        this.size = size;
        this.log = log;
    }

    /** Starts filling the pool and watching its sandboxes. */
    public SandboxPool start() {
        worker.scheduleWithFixedDelay(this::maintain, 0, HEALTH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** A ready sandbox: from the pool when it has one that answers, else a new one (cold). */
    @Override
    public Sandbox acquire() {
        ensureOpen();
        for (Sandbox sandbox = ready.pollFirst(); sandbox != null; sandbox = ready.pollFirst()) {
            if (sandbox.isAlive()) {
                worker.execute(this::fill);
                return sandbox;
            }
            discard(sandbox, "it no longer answers");
        }
        worker.execute(this::fill);
        return factory.create();
    }

    /** Destroys {@code sandbox} in the background, so that the caller does not wait for it. */
    @Override
    public void release(Sandbox sandbox) {
        closer.execute(() -> closeQuietly(sandbox));
    }

    /** How many sandboxes are ready now. */
    public int readyCount() {
        return ready.size();
    }

    public int size() {
        return size;
    }

    /** Waits until the pool is full; false when {@code timeout} passed first. */
    public boolean awaitFull(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ready.size() < size) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private void maintain() {
        removeDead();
        fill();
    }

    private void removeDead() {
        for (Sandbox sandbox : new ArrayList<>(ready)) {
            if (!sandbox.isAlive() && ready.remove(sandbox)) {
                discard(sandbox, "it was removed or stopped from outside");
            }
        }
    }

    private void fill() {
        while (!closed.get() && ready.size() < size && System.nanoTime() - lastFailure > RETRY_AFTER_FAILURE.toNanos()) {
            try {
                ready.addLast(factory.create());
            } catch (RuntimeException e) {
                lastFailure = System.nanoTime();
                log.accept("could not make a sandbox for the pool, retrying in " + RETRY_AFTER_FAILURE.toSeconds()
                        + " s: " + e.getMessage());
            }
        }
        if (closed.get()) {
            drain();
        }
    }

    private void discard(Sandbox sandbox, String why) {
        log.accept("replacing sandbox " + sandbox.id() + ": " + why);
        closeQuietly(sandbox);
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the sandbox pool is closed");
        }
    }

    private void drain() {
        List<Sandbox> left = new ArrayList<>();
        ready.drainTo(left);
        left.forEach(SandboxPool::closeQuietly);
    }

    private static void closeQuietly(Sandbox sandbox) {
        try {
            sandbox.close();
        } catch (RuntimeException ignored) {
            // removing a dead sandbox may fail when it is already gone
        }
    }

    /** Stops the worker, destroys the sandboxes still in the pool and waits for releases to end. */
    @Override
    public void close() {
        closed.set(true);
        worker.shutdown();
        closer.shutdown();
        try {
            worker.awaitTermination(60, TimeUnit.SECONDS);
            closer.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
