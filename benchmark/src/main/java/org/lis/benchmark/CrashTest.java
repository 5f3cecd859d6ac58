package org.lis.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lis.benchmark.stack.ChildStack;
import org.lis.benchmark.stack.CrashRun;

/**
 * Kills the local stack (SIGKILL) while writers register partners through the gateway, starts it again on the same
 * data, and counts acknowledged writes that are gone; see docs/performance.md, "Crash safety". Needs the local
 * stack's jar ({@code mvn -B -o -q -pl local-stack -am package -DskipTests}). Options: {@code -Dcrash.writes=500}
 * (acknowledged writes before the kill), {@code -Dcrash.writers=4}, {@code -Dcrash.jar=} (the jar),
 * {@code -Dcrash.data=} (the data folder; a fresh temporary one by default). Exits 1 when anything was lost.
 */
public final class CrashTest {

    private CrashTest() {
    }

    public static void main(String[] args) throws Exception {
        int writes = Integer.getInteger("crash.writes", 500);
        int writers = Integer.getInteger("crash.writers", 4);
        Path jar = Path.of(System.getProperty("crash.jar", "local-stack/target/local-stack-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar) && Files.exists(Path.of("..").resolve(jar))) {
            jar = Path.of("..").resolve(jar);
        }
        if (!Files.exists(jar)) {
            System.err.println("No local stack jar at " + jar.toAbsolutePath() + "; build it or set -Dcrash.jar");
            System.exit(2);
        }
        String data = System.getProperty("crash.data");
        Path folder = data == null ? Files.createTempDirectory("lis-crash-") : Path.of(data);
        CrashRun.Report report = CrashRun.run(ChildStack.Launch.jar(jar), folder, writes, writers, System.out);
        System.out.println(report);
        report.lost().forEach(id -> System.out.println("lost: " + id));
        report.unreadable().forEach(id -> System.out.println("unreadable: " + id));
        System.exit(report.clean() ? 0 : 1);
    }
}
