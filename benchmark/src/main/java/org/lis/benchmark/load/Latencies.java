package org.lis.benchmark.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each kind's answered requests (their times in microseconds) and failures, over one measured period. */
final class Latencies {

    private final Map<String, List<Long>> times = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();

    Latencies(List<String> kinds) {
        kinds.forEach(kind -> {
            times.put(kind, new ArrayList<>());
            failures.put(kind, 0);
        });
    }

    synchronized void record(String kind, long micros, boolean ok) {
        if (ok) {
            times.get(kind).add(micros);
        } else {
            failures.merge(kind, 1, Integer::sum);
        }
    }

    synchronized long answered() {
        return times.values().stream().mapToLong(List::size).sum();
    }

    synchronized void print(PrintStream out, double seconds) {
        out.printf("%-28s %8s %8s %9s %9s %9s %7s%n", "kind", "answered", "per s", "p50 ms", "p99 ms", "max ms",
                "failed");
        times.forEach((kind, list) -> {
            List<Long> sorted = list.stream().sorted().toList();
            out.printf("%-28s %8d %8.1f %9s %9s %9s %7d%n", kind, sorted.size(), sorted.size() / seconds,
                    millis(sorted, 50), millis(sorted, 99), sorted.isEmpty() ? "-" : ms(sorted.get(sorted.size() - 1)),
                    failures.get(kind));
        });
        out.printf("%-28s %8d %8.1f%n", "all", answered(), answered() / seconds);
    }

    private static String millis(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return ms(sorted.get(Math.max(0, index)));
    }

    private static String ms(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }
}
