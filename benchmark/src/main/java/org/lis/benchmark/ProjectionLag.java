package org.lis.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.lis.benchmark.stack.ChildStack;
import org.lis.benchmark.stack.StackApi;

/**
 * How long after a partner's registration is answered 201 the partner is in the read models: engagement-service's
 * partners (the service that appended the event) and workshop-service's replica of partners (the other service,
 * reading the same event store; a workshop invitation of the partner is accepted from then on). Starts the local
 * stack's jar as a child process on a fresh data folder, registers {@code lag.partners} partners through the
 * gateway at {@code lag.rate} a second, and polls both collections every {@code lag.pollMillis} ms; then, the
 * stack idle, measures its CPU time for {@code lag.idleSeconds}. {@code lag.jvmOptions} adds JVM options to the
 * stack's (a flight recording, say). See docs/performance.md, "Projection lag".
 */
public final class ProjectionLag {

    private ProjectionLag() {
    }

    public static void main(String[] args) throws Exception {
        int partners = Integer.getInteger("lag.partners", 500);
        int rate = Integer.getInteger("lag.rate", 50);
        int pollMillis = Integer.getInteger("lag.pollMillis", 5);
        int idleSeconds = Integer.getInteger("lag.idleSeconds", 30);
        Path jar = Path.of(System.getProperty("lag.jar", "local-stack/target/local-stack-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(jar) && Files.exists(Path.of("..").resolve(jar))) {
            jar = Path.of("..").resolve(jar);
        }
        ChildStack.Launch launch = ChildStack.Launch.jar(jar);
        String jvmOptions = System.getProperty("lag.jvmOptions", "").trim();
        if (!jvmOptions.isEmpty()) {
            // e.g. a flight recording of the stack; the quick-start options stay
            List<String> options = new ArrayList<>(launch.jvmOptions());
            options.addAll(List.of(jvmOptions.split("\\s+")));
            launch = launch.withJvmOptions(options);
        }
        Path folder = Files.createTempDirectory("lis-lag-");
        try (ChildStack stack = ChildStack.start(launch, folder, ChildStack.Ports.free());
             MongoClient mongo = MongoClients.create(stack.mongodbUri())) {
            System.out.printf("stack up on %s; warming up ...%n", folder);
            measure(stack.api(), mongo, 50, rate, pollMillis);
            Thread.sleep(2000);
            Map<String, long[]> lags = measure(stack.api(), mongo, partners, rate, pollMillis);
            System.out.printf("%d partners at %d/s, polled every %d ms (lag from the 201 to visible)%n",
                    partners, rate, pollMillis);
            print("engagement partners (same service)", lags, 0);
            print("workshop replica (other service)", lags, 1);
            Thread.sleep(10_000);
            System.out.printf("idle CPU of the stack over %d s: %.1f %% of one core%n", idleSeconds,
                    idleCpu(stack.process(), idleSeconds));
        }
    }

    /** Per partner: ms from its 201 to visible in engagement's partners, and in workshop's replica. */
    private static Map<String, long[]> measure(StackApi api, MongoClient mongo, int count, int rate, int pollMillis)
            throws InterruptedException {
        MongoCollection<Document> partners = mongo.getDatabase("engagement").getCollection("partners");
        MongoCollection<Document> replica = mongo.getDatabase("workshop").getCollection("replica_partners");
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Map<String, long[]> lags = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String run = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        clock.scheduleAtFixedRate(() -> {
            int n = sent.incrementAndGet();
            if (n > count) {
                return;
            }
            senders.execute(() -> {
                try {
                    api.createPartner("Lag partner " + run + "-" + n).ifPresentOrElse(id -> {
                        answeredAt.put(id, System.nanoTime());
                        lags.put(id, new long[] {-1, -1});
                    }, failed::incrementAndGet);
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            });
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(count / rate + 60);
        while (System.nanoTime() < deadline) {
            List<String> inPartners = new ArrayList<>();
            List<String> inReplica = new ArrayList<>();
            lags.forEach((id, lag) -> {
                if (lag[0] < 0) {
                    inPartners.add(id);
                }
                if (lag[1] < 0) {
                    inReplica.add(id);
                }
            });
            if (inPartners.isEmpty() && inReplica.isEmpty() && sent.get() > count
                    && answeredAt.size() + failed.get() >= count) {
                break;
            }
            record(partners, inPartners, answeredAt, lags, 0);
            record(replica, inReplica, answeredAt, lags, 1);
            Thread.sleep(pollMillis);
        }
        clock.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.MINUTES);
        if (failed.get() > 0) {
            System.out.printf("%d registrations failed%n", failed.get());
        }
        return lags;
    }

    private static void record(MongoCollection<Document> collection, List<String> ids, Map<String, Long> answeredAt,
                               Map<String, long[]> lags, int which) {
        if (ids.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        collection.find(Filters.in("_id", ids)).projection(Projections.include("_id")).forEach(doc -> {
            String id = String.valueOf(doc.get("_id"));
            lags.get(id)[which] = Math.max(0, TimeUnit.NANOSECONDS.toMillis(now - answeredAt.get(id)));
        });
    }

    private static void print(String what, Map<String, long[]> lags, int which) {
        List<Long> sorted = lags.values().stream().map(lag -> lag[which]).sorted().toList();
        long missing = sorted.stream().filter(lag -> lag < 0).count();
        List<Long> seen = sorted.stream().filter(lag -> lag >= 0).toList();
        if (seen.isEmpty()) {
            System.out.printf("  %-38s never visible%n", what);
            return;
        }
        System.out.printf("  %-38s p50 %4d ms  p99 %4d ms  max %4d ms%s%n", what, percentile(seen, 50),
                percentile(seen, 99), seen.get(seen.size() - 1), missing > 0 ? "  (" + missing + " never)" : "");
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** The process's CPU time over the period, as a share of one core. */
    private static double idleCpu(ProcessHandle process, int seconds) throws Exception {
        long before = cpuTicks(process.pid());
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long ticks = cpuTicks(process.pid()) - before;
        double elapsed = (System.nanoTime() - start) / 1e9;
        return 100.0 * ticks / 100.0 / elapsed;
    }

    /** utime + stime of /proc/pid/stat, in clock ticks (100 a second on Linux). */
    private static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
