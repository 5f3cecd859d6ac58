package org.lis.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine and the stack's process are doing, from /proc (Linux). */
final class Machine {

    private Machine() {
    }

    /** The three load averages, as {@code uptime} prints them. */
    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + ", " + fields[1] + ", " + fields[2];
    }

    /** The share of all cores idle (idle and iowait) over {@code millis}. */
    static double idlePercent(long millis) throws IOException, InterruptedException {
        long[] before = cpu();
        Thread.sleep(millis);
        long[] after = cpu();
        long total = after[0] - before[0];
        return total == 0 ? 0 : 100.0 * (after[1] - before[1]) / total;
    }

    /** utime + stime of the process, in clock ticks (100 a second on Linux). */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** All jiffies and the idle ones, from the first line of /proc/stat. */
    private static long[] cpu() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }
}
