package dev.slipway.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options and operands of a docker CLI command, read the way the CLI reads them: short
 * flags may be clustered ({@code -dit}), a value follows its option as the next word or after
 * {@code =} (or directly for short options: {@code -p8080:80}).
 *
 * @param flags the boolean options set, by name without dashes ({@code i}, {@code tty})
 * @param values the values of options that take one, by name without dashes
 * @param operands the words that are not options, in order
 */
record CliOptions(Set<String> flags, Map<String, List<String>> values, List<String> operands) {

    /**
     * Reads options.
     *
     * @param valueOptions names, without dashes, of the options that take a value
     * @param stopAtOperand whether the first operand ends the options (for {@code run}, where
     *     the words after the image are the container's command)
     */
    static CliOptions read(List<String> args, Set<String> valueOptions, boolean stopAtOperand) {
        Set<String> flags = new HashSet<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        int i = 0;
        while (i < args.size()) {
            String arg = args.get(i++);
            if (arg.equals("--")) {
                operands.addAll(args.subList(i, args.size()));
                break;
            }
            if (arg.startsWith("--")) {
                i = longOption(arg.substring(2), args, i, valueOptions, flags, values);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                i = shortOptions(arg.substring(1), args, i, valueOptions, flags, values);
            } else {
                operands.add(arg);
                if (stopAtOperand) {
                    operands.addAll(args.subList(i, args.size()));
                    break;
                }
            }
        }
        return new CliOptions(flags, values, operands);
    }

    private static int longOption(String option, List<String> args, int next, Set<String> valueOptions,
            Set<String> flags, Map<String, List<String>> values) {
        int eq = option.indexOf('=');
        String name = eq < 0 ? option : option.substring(0, eq);
        if (valueOptions.contains(name)) {
            boolean inline = eq >= 0;
            String value = inline ? option.substring(eq + 1) : next < args.size() ? args.get(next) : "";
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return inline ? next : next + 1;
        }
        if (eq < 0 || !option.substring(eq + 1).equals("false")) {
            flags.add(name);
        }
        return next;
    }

    private static int shortOptions(String cluster, List<String> args, int next, Set<String> valueOptions,
            Set<String> flags, Map<String, List<String>> values) {
        for (int c = 0; c < cluster.length(); c++) {
            String name = String.valueOf(cluster.charAt(c));
            if (valueOptions.contains(name)) {
                String rest = cluster.substring(c + 1);
                String value = !rest.isEmpty() ? (rest.startsWith("=") ? rest.substring(1) : rest)
                        : next < args.size() ? args.get(next) : "";
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                return rest.isEmpty() ? next + 1 : next;
            }
            flags.add(name);
        }
        return next;
    }

    boolean has(String shortName, String longName) {
        return flags.contains(shortName) || flags.contains(longName);
    }

    List<String> valuesOf(String shortName, String longName) {
        List<String> all = new ArrayList<>(values.getOrDefault(shortName, List.of()));
        all.addAll(values.getOrDefault(longName, List.of()));
        return all;
    }
}
