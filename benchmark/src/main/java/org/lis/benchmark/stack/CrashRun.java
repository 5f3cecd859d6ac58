package org.lis.benchmark.stack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;

/**
 * One crash of the local stack in the middle of writing: writers register partners through the gateway until
 * {@code acknowledgedBeforeKill} have been answered 201, the stack is killed with SIGKILL while they keep going,
 * started again on the same data, and then every acknowledged partner must be in the event store and readable
 * through the API, and the partners read model must hold exactly the partners the event store registered.
 */
public final class CrashRun {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private CrashRun() {
    }

    /**
     * What the run found.
     *
     * @param acknowledged         partners answered 201 before the kill
     * @param writesPerSecond      acknowledged partners per second of writing, all writers together
     * @param lost                 acknowledged partners whose registration is not in the event store after restart
     * @param unreadable           acknowledged partners the API did not return (200) within a minute of restart
     * @param registered           partners registered in the event store after restart (acknowledged or not)
     * @param missingFromReadModel registered in the event store, absent from the partners read model
     * @param notInEventStore      in the partners read model without a registration in the event store
     */
    public record Report(int acknowledged, double writesPerSecond, List<String> lost, List<String> unreadable,
                         int registered, Set<String> missingFromReadModel, Set<String> notInEventStore) {

        public boolean clean() {
            return lost.isEmpty() && unreadable.isEmpty() && missingFromReadModel.isEmpty()
                    && notInEventStore.isEmpty();
        }

        @Override
        public String toString() {
            return String.format("acknowledged %d (%.1f writes/s), lost %d, unreadable %d; after restart %d registered "
                            + "in the event store, %d of them missing from the read model, %d in the read model only",
                    acknowledged, writesPerSecond, lost.size(), unreadable.size(), registered,
                    missingFromReadModel.size(), notInEventStore.size());
        }
    }

    /** What the writers saw before the kill: the partners answered 201, and the rate they were answered at. */
    public record Acknowledged(List<String> ids, double writesPerSecond) {
    }

    /** Starts the stack as a child process on the data folder, writes, and kills it; the data stays. */
    public static Acknowledged writeAndKill(ChildStack.Launch launch, Path dataFolder, int acknowledgedBeforeKill,
                                            int writers, PrintStream log) throws InterruptedException {
        log.printf("starting the local stack on %s ...%n", dataFolder);
        ChildStack stack = ChildStack.start(launch, dataFolder, ChildStack.Ports.free());
        Acknowledged acknowledged = write(stack, acknowledgedBeforeKill, writers, log);
        log.printf("killed (SIGKILL) after %d acknowledged writes%n", acknowledged.ids().size());
        return acknowledged;
    }

    /** The checks, against the stack started again on the same data (its API and its database). */
    public static Report verify(Acknowledged acknowledged, StackApi api, String mongodbUri)
            throws InterruptedException {
        try (MongoClient mongo = MongoClients.create(mongodbUri)) {
            Set<String> registered = registeredPartners(mongo);
            List<String> lost = acknowledged.ids().stream().filter(id -> !registered.contains(id)).toList();
            List<String> unreadable = unreadable(api, acknowledged.ids().stream()
                    .filter(registered::contains).toList());
            Set<String> readModel = awaitReadModel(mongo, registered);
            Set<String> missing = new HashSet<>(registered);
            missing.removeAll(readModel);
            Set<String> extra = new HashSet<>(readModel);
            extra.removeAll(registered);
            return new Report(acknowledged.ids().size(), acknowledged.writesPerSecond(), lost, unreadable,
                    registered.size(), missing, extra);
        }
    }

    /** The whole run with the child process: write, kill, start again, check. */
    public static Report run(ChildStack.Launch launch, Path dataFolder, int acknowledgedBeforeKill, int writers,
                             PrintStream log) throws InterruptedException {
        Acknowledged acknowledged = writeAndKill(launch, dataFolder, acknowledgedBeforeKill, writers, log);
        log.println("starting again on the same data ...");
        try (ChildStack restarted = ChildStack.start(launch, dataFolder, ChildStack.Ports.free())) {
            return verify(acknowledged, restarted.api(), restarted.mongodbUri());
        }
    }

    private static Acknowledged write(ChildStack stack, int target, int writers, PrintStream log)
            throws InterruptedException {
        StackApi api = stack.api();
        String run = UUID.randomUUID().toString().substring(0, 8);
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        for (int i = 0; i < writers; i++) {
            pool.execute(() -> {
                while (!killed.get()) {
                    try {
                        api.createPartner("Crash test partner " + run + "-" + sequence.incrementAndGet())
                                .ifPresentOrElse(acknowledged::add, failures::incrementAndGet);
                    } catch (IOException e) {
                        if (!killed.get()) {
                            failures.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (acknowledged.size() < target && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int atKill = acknowledged.size();
        killed.set(true);
        stack.kill();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        if (failures.get() > 0) {
            log.printf("%d writes were refused or failed while the stack was up%n", failures.get());
        }
        if (atKill < target) {
            throw new IllegalStateException("Only " + atKill + " writes acknowledged in 10 minutes");
        }
        // a response that arrived while the process was dying still counts: it was acknowledged
        return new Acknowledged(new ArrayList<>(acknowledged), atKill / seconds);
    }

    private static Set<String> registeredPartners(MongoClient mongo) {
        Set<String> ids = new HashSet<>();
        mongo.getDatabase("lis-events").getCollection("domainevents")
                .find(Filters.regex("payloadType", "PartnerRegisteredEvent$"))
                .projection(Projections.include("aggregateIdentifier"))
                .forEach(doc -> ids.add(doc.getString("aggregateIdentifier")));
        return ids;
    }

    private static List<String> unreadable(StackApi api, List<String> ids) throws InterruptedException {
        List<String> pending = new ArrayList<>(ids);
        Instant deadline = Instant.now().plus(CATCH_UP);
        while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
            List<String> still = new ArrayList<>();
            for (String id : pending) {
                try {
                    if (api.partnerStatus(id) != 200) {
                        still.add(id);
                    }
                } catch (IOException e) {
                    still.add(id);
                }
            }
            pending = still;
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        return pending;
    }

    /** The partners read model once it holds what the event store registered, or as it is after a minute. */
    private static Set<String> awaitReadModel(MongoClient mongo, Set<String> registered) throws InterruptedException {
        Instant deadline = Instant.now().plus(CATCH_UP);
        Set<String> ids = readModel(mongo);
        while (!ids.equals(registered) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            ids = readModel(mongo);
        }
        return ids;
    }

    private static Set<String> readModel(MongoClient mongo) {
        Set<String> ids = new HashSet<>();
        mongo.getDatabase("engagement").getCollection("partners").find()
                .projection(Projections.include("_id"))
                .forEach((Document doc) -> ids.add(String.valueOf(doc.get("_id"))));
        return ids;
    }
}
