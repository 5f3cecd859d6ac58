package org.lis.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compares this project's event storage engine with axon-mongo's on one in-process mongo-java-server (memory
 * backend): append rates, tracking read rate, and events a live reader misses while one of four writers has a clock
 * 5 s behind. Each figure is the median of several runs, each on a fresh database. Sizes can be changed with
 * system properties (see {@link #SETTINGS}); the defaults keep a run under three minutes on two cores.
 */
public final class EventStoreBenchmark {

    private static final Map<String, Integer> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("bench.repeats", Integer.getInteger("bench.repeats", 3));
        SETTINGS.put("bench.appendEvents", Integer.getInteger("bench.appendEvents", 500));
        SETTINGS.put("bench.readEvents", Integer.getInteger("bench.readEvents", 2000));
        SETTINGS.put("bench.eventsPerWriter", Integer.getInteger("bench.eventsPerWriter", 150));
    }

    private static final AtomicInteger databases = new AtomicInteger();

    private EventStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = SETTINGS.get("bench.repeats");
        int appendEvents = SETTINGS.get("bench.appendEvents");
        int readEvents = SETTINGS.get("bench.readEvents");
        int eventsPerWriter = SETTINGS.get("bench.eventsPerWriter");
        System.out.printf("Settings: %s, %d cores, Java %s%n", SETTINGS, Runtime.getRuntime().availableProcessors(),
                          System.getProperty("java.version"));
        MongoServer server = new MongoServer(new MemoryBackend());
        String uri = server.bindAndGetConnectionString();
        Serializer serializer = serializer();
        List<EngineUnderTest> engines = List.of(EngineUnderTest.ours(), EngineUnderTest.axonMongo());
        Map<String, List<Double>[]> results = new LinkedHashMap<>();
        try (MongoClient client = MongoClients.create(uri)) {
            // engines take turns within each repeat, so a change in the machine's load hits both alike
            for (int repeat = 1; repeat <= repeats; repeat++) {
                for (EngineUnderTest engine : engines) {
                    List<Double>[] figures = results.computeIfAbsent(engine.name(), name -> newFigures());
                    figures[0].add(Measurements.appendRate(fresh(engine, client, serializer), appendEvents, 1));
                    figures[1].add(Measurements.appendRate(fresh(engine, client, serializer), appendEvents, 10));
                    figures[2].add(Measurements.trackingReadRate(fresh(engine, client, serializer), readEvents));
                    figures[3].add((double) Measurements.missedUnderSkew(fresh(engine, client, serializer), 4,
                                                                         eventsPerWriter, Duration.ofSeconds(5)));
                    System.out.printf("run %d of %d measured for %s%n", repeat, repeats, engine.name());
                }
            }
        } finally {
            server.shutdownNow();
        }
        Map<String, List<String>> table = new LinkedHashMap<>();
        results.forEach((engine, figures) -> table.put(engine, List.of(
                rate(median(figures[0])), rate(median(figures[1])), rate(median(figures[2])),
                String.format("%.0f of %d", median(figures[3]), 4 * eventsPerWriter))));
        print(table, repeats, appendEvents, readEvents);
    }

    private static EventStorageEngine fresh(EngineUnderTest engine, MongoClient client, Serializer serializer) {
        return engine.create(client, "bench-" + databases.incrementAndGet(), serializer);
    }

    @SuppressWarnings("unchecked")
    private static List<Double>[] newFigures() {
        return new List[] {new ArrayList<Double>(), new ArrayList<Double>(), new ArrayList<Double>(), new ArrayList<Double>()};
    }

    private static double median(List<Double> figures) {
        List<Double> sorted = new ArrayList<>(figures);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static String rate(double eventsPerSecond) {
        return String.format("%,.0f", eventsPerSecond);
    }

    private static void print(Map<String, List<String>> table, int repeats, int appendEvents, int readEvents) {
        List<String> headers = List.of("engine", "append single (ev/s)", "append batch of 10 (ev/s)",
                                       "tracking read tail->head (ev/s)", "missed, 4 writers, one 5 s behind");
        System.out.printf("%nMedian of %d runs; %d events appended, %d read, on mongo-java-server (memory backend)%n",
                          repeats, appendEvents, readEvents);
        System.out.println("| " + String.join(" | ", headers) + " |");
        System.out.println("|" + "---|".repeat(headers.size()));
        table.forEach((engine, row) -> System.out.println("| " + engine + " | " + String.join(" | ", row) + " |"));
    }

    private static Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                                                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
