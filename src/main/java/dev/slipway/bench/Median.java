package dev.slipway.bench;

import java.util.List;

/** The median the benchmarks print. */
public final class Median {

    private Median() {
    }

    /** The middle value, or the mean of the two middle ones; NaN when there are none. */
    public static double of(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
