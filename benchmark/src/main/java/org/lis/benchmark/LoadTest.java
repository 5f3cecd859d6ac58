package org.lis.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.lis.benchmark.load.LoadRun;

/**
 * How the cost of each kind of request grows with the data. Starts the local stack's jar as a child process on a
 * data folder of its own and fixed ports, seeds {@code load.partners} partners through the gateway, then drives the
 * mix of {@code load.Mix} with {@code load.clients} workers for {@code load.seconds} (after {@code load.warmup}
 * seconds not counted) and prints throughput and p50/p99 per kind. See docs/performance.md, "How cost grows".
 *
 * <p>Settings (system properties): {@code load.partners} (1000), {@code load.ownActivities} and
 * {@code load.sharedPerPartner} (2 and 7: each partner's activities of its own, and the shared ones it is at on
 * average, 50 partners a shared one), {@code load.resume} (false; true: no seeding, the
 * data of an earlier run in {@code load.folder} is measured again), {@code load.writers} (seeding threads, 8),
 * {@code load.clients} (8), {@code load.warmup} (20), {@code load.seconds} (60), {@code load.jar} (the local
 * stack's jar), {@code load.folder} (a new temporary folder), {@code load.jvmOptions} (the stack's JVM options,
 * {@code -XX:+UseParallelGC}: the full JIT), {@code load.gatewayPort} (28180; the next ports are the services',
 * and 28117, 28125 the embedded MongoDB's and SMTP's: all below the ephemeral range, where a connection's own port
 * could take one of them).
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("load.jar", "local-stack/target/local-stack-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar) && Files.exists(Path.of("..").resolve(jar))) {
            jar = Path.of("..").resolve(jar);
        }
        String folder = System.getProperty("load.folder");
        LoadRun.Settings settings = new LoadRun.Settings(jar,
                folder == null ? Files.createTempDirectory("lis-load-") : Path.of(folder),
                Integer.getInteger("load.partners", 1000), Integer.getInteger("load.ownActivities", 2),
                Integer.getInteger("load.sharedPerPartner", 7), Boolean.getBoolean("load.resume"),
                Integer.getInteger("load.writers", 8),
                Integer.getInteger("load.clients", 8), Integer.getInteger("load.warmup", 20),
                Integer.getInteger("load.seconds", 60),
                Arrays.asList(System.getProperty("load.jvmOptions", "-XX:+UseParallelGC").trim().split("\\s+")),
                Integer.getInteger("load.gatewayPort", 28180));
        LoadRun.run(settings, System.out);
    }
}
