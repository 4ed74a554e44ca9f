package dev.slipway.web;

import dev.slipway.bench.Median;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the web layer through HTTP, as browsers use it, and prints medians against the
 * targets: a line printed in the sandbox until it arrives in the event stream, a lesson page
 * served, a keystroke echoed by the terminal, a page served by a container through its port
 * link, and the block times of many learners at once against one learner alone.
 */
public final class WebBenchmark {

    /** The lesson the benchmark runs: its blocks must all pass. */
    public static final String LESSON_RESOURCE = "/dev/slipway/web/bench-lesson.md";
    public static final String LESSON = "bench";
    private static final int BLOCKS = 5;
    private static final int SCRIPT_BLOCK = 2;
    private static final int LINES = 20;
    private static final Pattern NANOS = Pattern.compile("\\d{19}");
    private static final Pattern PORT_LINKS = Pattern.compile("\"portLinks\":\"([^\"]+)\"");
    private static final String PROMPT = "/workspace# ";

    private final String address;
    private final PrintStream out;
    private final AtomicInteger errors = new AtomicInteger();

    /** @param address the server's address with its token, serving {@link #LESSON} */
    public WebBenchmark(String address, PrintStream out) {
        this.address = address;
        this.out = out;
    }

    /**
     * Runs every measurement and prints one line per figure.
     *
     * @param thinkTime the pause of each simulated learner between two blocks
     * @return true when no run failed
     */
    public boolean run(int rounds, int learners, Duration thinkTime) throws InterruptedException {
        BenchClient alone = new BenchClient(address);
        lesson(alone, new ArrayList<>(), Duration.ZERO);
        report("a line printed in the sandbox, to its arrival in the HTTP event stream", lineLatency(alone, rounds),
                "ms", "target <= 100 ms");
        report("lesson page served (GET /lessons/" + LESSON + ")", served(alone, "/lessons/" + LESSON, rounds * 10),
                "ms", "target <= 50 ms");
        report("lesson content served (GET /api/lessons/" + LESSON + ", rendered once, then cached)",
                served(alone, "/api/lessons/" + LESSON, rounds * 10), "ms", "target <= 50 ms");
        try (TerminalClient terminal = TerminalClient.open(alone, LESSON)) {
            terminal.await(0, PROMPT, Duration.ofSeconds(60));
            report("a keystroke in the terminal, echoed back over the WebSocket", keystrokes(terminal, rounds), "ms",
                    "target <= 30 ms");
            report("a small page served by a container in the sandbox, through its port link", portPage(alone, terminal,
                    rounds * 10), "ms", "target <= 20 ms");
        }
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            lesson(alone, single, thinkTime);
        }
        double singleMedian = Median.of(single);
        report("block time, one learner alone (" + single.size() + " blocks)", singleMedian, "ms", "");
        List<Double> together = together(rounds, learners, thinkTime);
        double togetherMedian = Median.of(together);
        report("block time, " + learners + " learners at once (" + together.size() + " blocks, think time "
                + thinkTime.toMillis() + " ms +-50 %)", togetherMedian, "ms", "");
        out.printf(Locale.ROOT, "  %-90s %8.2f x  (target <= 3 x)%n", "ratio of the two", togetherMedian / singleMedian);
        out.printf(Locale.ROOT, "  %-90s %8d    (target 0)%n", "runs that did not pass or failed over HTTP", errors.get());
        return errors.get() == 0;
    }

    private double lineLatency(BenchClient client, int rounds) {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        String script = "for i in $(seq 1 " + LINES + "); do date +%s%N; sleep 0.05; done";
        for (int i = 0; i < rounds; i++) {
            check(client.run(LESSON, SCRIPT_BLOCK, script, (arrived, data) -> {
                Matcher printed = NANOS.matcher(data);
                long arrivedNanos = arrived.getEpochSecond() * 1_000_000_000L + arrived.getNano();
                while (printed.find()) {
                    latencies.add((arrivedNanos - Long.parseLong(printed.group())) / 1e6);
                }
            }));
        }
        return Median.of(latencies);
    }

    /** Types {@code echo abcdefghij} key by key, waiting for each echo, then clears the line with Ctrl-C. */
    private static double keystrokes(TerminalClient terminal, int rounds) throws InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (char key : "echo abcdefghij".toCharArray()) {
                int mark = terminal.mark();
                long start = System.nanoTime();
                terminal.type(String.valueOf(key));
                terminal.await(mark, String.valueOf(key), Duration.ofSeconds(5));
                millis.add((System.nanoTime() - start) / 1e6);
            }
            int mark = terminal.mark();
            terminal.type("\u0003");
            terminal.await(mark, PROMPT, Duration.ofSeconds(5));
        }
        return Median.of(millis);
    }

    /** Starts busybox httpd publishing port 8080 from the terminal, then fetches its page through the port link. */
    private double portPage(BenchClient client, TerminalClient terminal, int times) throws InterruptedException {
        int mark = terminal.mark();
        terminal.type("docker rm -f bench-web >/dev/null 2>&1; mkdir -p bench-site && echo '<p>small page</p>' >"
                + " bench-site/index.html && docker run -d --name bench-web -p 8080:80 -v \"$PWD/bench-site:/www\" busybox"
                + " httpd -f -p 80 -h /www && echo st''arted\r");
        terminal.await(mark, "started\r\n", Duration.ofSeconds(30));
        Matcher links = PORT_LINKS.matcher(client.get("/api/sandbox"));
        if (!links.find()) {
            errors.incrementAndGet();
            out.println("  the sandbox panel gave no port links");
            return Double.NaN;
        }
        String page = links.group(1) + "8080/";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (client.timedGet(page).status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times + 1; i++) {
            BenchClient.TimedAnswer answer = client.timedGet(page);
            if (answer.status() != 200 || !answer.body().contains("small page")) {
                errors.incrementAndGet();
                out.println("  the port link answered " + answer.status() + ": " + answer.body());
            }
            if (i > 0) {
                millis.add(answer.millis());
            }
        }
        return Median.of(millis);
    }

    private static double served(BenchClient client, String path, int times) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            client.get(path);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Median.of(millis);
    }

    private List<Double> together(int rounds, int learners, Duration thinkTime) throws InterruptedException {
        List<Double> times = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(learners);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(learners);
        List<Future<?>> runs = new ArrayList<>();
        for (int l = 0; l < learners; l++) {
            runs.add(threads.submit(() -> {
                BenchClient learner = new BenchClient(address);
                lesson(learner, new ArrayList<>(), Duration.ZERO);
                ready.countDown();
                go.await();
                for (int i = 0; i < rounds; i++) {
                    lesson(learner, times, thinkTime);
                }
                return null;
            }));
        }
        ready.await();
        go.countDown();
        for (Future<?> run : runs) {
            try {
                run.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
                out.println("  a learner failed: " + e.getCause());
            }
        }
        threads.shutdown();
        return times;
    }

    /** Runs the lesson's blocks in order, adding each block's time in milliseconds to {@code times}. */
    private void lesson(BenchClient client, List<Double> times, Duration thinkTime) throws InterruptedException {
        for (int block = 0; block < BLOCKS; block++) {
            long start = System.nanoTime();
            check(client.run(LESSON, block, "", (arrived, data) -> { }));
            times.add((System.nanoTime() - start) / 1e6);
            Thread.sleep(pause(thinkTime));
        }
    }

    /**
     * A learner's pause before the next block: between half and one and a half times the think
     * time, so that learners drift apart as people reading a lesson do.
     */
    private static long pause(Duration thinkTime) {
        long millis = thinkTime.toMillis();
        return millis == 0 ? 0 : ThreadLocalRandom.current().nextLong(millis / 2, millis * 3 / 2 + 1);
    }

    private void check(String verdict) {
        if (!verdict.equals("PASSED")) {
            errors.incrementAndGet();
            out.println("  a run ended " + verdict);
        }
    }

    private void report(String figure, double value, String unit, String target) {
        out.printf(Locale.ROOT, "  %-90s %8.1f %s  %s%n", figure, value, unit, target.isEmpty() ? "" : "(" + target + ")");
    }
}
