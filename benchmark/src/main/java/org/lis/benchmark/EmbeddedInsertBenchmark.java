package org.lis.benchmark;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.lis.localmongo.LocalMemoryBackend;
import org.lis.support.mongo.DirectDocumentCodec;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * What the embedded server costs to store the partner list's documents, with mongo-java-server's own in-memory
 * backend and with {@link LocalMemoryBackend} (the local stack's and the tests'): each round inserts
 * {@code bench.documents} (20,000) registrations into an empty collection in ordered batches of
 * {@code bench.batch} (100), as a replay does, through the driver with the services' codec, server and client in
 * this JVM. The two backends take turns, round after round; the figures are medians of the rounds after the first
 * {@code bench.warmup} (5) of {@code bench.warmup} + {@code bench.rounds} (20): wall time, and the CPU time and bytes
 * allocated of the whole JVM (client, driver and server) a document.
 */
public final class EmbeddedInsertBenchmark {

    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 20_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 100);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);

    private EmbeddedInsertBenchmark() {
    }

    public static void main(String[] args) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(PartnerDocuments.registered(i));
        }
        try (Target plain = new Target(new MemoryBackend()); Target local = new Target(new LocalMemoryBackend())) {
            double[][] plainRounds = new double[3][ROUNDS];
            double[][] localRounds = new double[3][ROUNDS];
            for (int round = 0; round < WARMUP + ROUNDS; round++) {
                // the order within a round alternates too, so neither backend always runs on the other's garbage
                boolean plainFirst = round % 2 == 0;
                double[] first = (plainFirst ? plain : local).insert(documents, round);
                double[] second = (plainFirst ? local : plain).insert(documents, round);
                if (round >= WARMUP) {
                    for (int figure = 0; figure < 3; figure++) {
                        plainRounds[figure][round - WARMUP] = plainFirst ? first[figure] : second[figure];
                        localRounds[figure][round - WARMUP] = plainFirst ? second[figure] : first[figure];
                    }
                }
            }
            System.out.printf("INSERT %d partner documents a round in batches of %d, medians of %d rounds%n", DOCUMENTS,
                    BATCH, ROUNDS);
            print("mongo-java-server's MemoryBackend", plainRounds);
            print("LocalMemoryBackend", localRounds);
            System.out.printf("INSERT LocalMemoryBackend takes %.2f times the wall time, %.2f times the CPU and %.2f times"
                            + " the allocation%n", Medians.of(localRounds[0]) / Medians.of(plainRounds[0]),
                    Medians.of(localRounds[1]) / Medians.of(plainRounds[1]),
                    Medians.of(localRounds[2]) / Medians.of(plainRounds[2]));
        }
    }

    private static void print(String name, double[][] rounds) {
        System.out.printf("INSERT %s: %.0f ms a round, %.1f us of CPU and %.0f bytes allocated a document%n", name,
                Medians.of(rounds[0]), Medians.of(rounds[1]), Medians.of(rounds[2]));
    }

    /** A server on one backend and a client of it. */
    private static final class Target implements AutoCloseable {

        private final MongoServer server;
        private final MongoClient client;

        Target(MongoBackend backend) {
            server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new com.mongodb.ConnectionString(
                            "mongodb://127.0.0.1:" + server.getLocalAddress().getPort()))
                    .codecRegistry(DirectDocumentCodec.registry()).build());
        }

        /** Milliseconds, and CPU microseconds and bytes allocated a document, for one round into a new database. */
        double[] insert(List<Document> documents, int round) {
            var database = client.getDatabase("round-" + round);
            MongoCollection<Document> partners = database.getCollection("partners");
            partners.insertOne(new Document("_id", "first"));
            long cpuBefore = cpuNanos();
            long allocatedBefore = allocatedBytes();
            long start = System.nanoTime();
            for (int from = 0; from < documents.size(); from += BATCH) {
                // copies: the driver adds nothing, but the same instances must not be shared between servers' rounds
                List<Document> batch = new ArrayList<>();
                for (Document document : documents.subList(from, Math.min(from + BATCH, documents.size()))) {
                    batch.add(new Document(document));
                }
                partners.insertMany(batch);
            }
            double millis = (System.nanoTime() - start) / 1e6;
            double count = documents.size();
            double[] figures = {millis, (cpuNanos() - cpuBefore) / 1e3 / count,
                    (allocatedBytes() - allocatedBefore) / count};
            if (partners.countDocuments() != documents.size() + 1) {
                throw new IllegalStateException("not every document was stored");
            }
            database.drop();
            return figures;
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Bytes allocated so far by every live thread of the JVM (the server's and the driver's threads among them). */
    private static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(allocated, 0);
        }
        return total;
    }
}
