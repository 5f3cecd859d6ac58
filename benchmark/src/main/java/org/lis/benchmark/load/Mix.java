package org.lis.benchmark.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The realistic mix: officers registering partners and recording activities, facilitators checking partners in
 * at today's workshops and giving their feedback, and the board reading coverage (today and as of two months
 * ago), readiness, the coverage table a page at a time and the partner list with a filter. Each of
 * {@code clients} workers sends one request at a time (a closed loop), the kind drawn by weight.
 */
final class Mix {

    private interface Request {
        LoadClient.Answer send(LoadClient client) throws Exception;
    }

    private record Kind(String name, int weight, Request request) {
    }

    /** A partner checked in at a workshop, whose feedback the facilitator has still to give. */
    private record CheckedIn(String workshopId, String partnerId) {
    }

    private final Scene scene;
    private final Seeder seeder;
    private final List<Kind> kinds = new ArrayList<>();
    private final ConcurrentLinkedQueue<CheckedIn> awaitingFeedback = new ConcurrentLinkedQueue<>();
    /** Per workshop, how many partners have been checked in: each check-in is a partner not yet there. */
    private final List<AtomicInteger> checkIns = new ArrayList<>();
    private final AtomicLong newPartners = new AtomicLong();
    /** Check-ins are of the seeded partners only: a fixed list, so that no partner is checked in twice. */
    private final List<String> seeded;

    Mix(Scene scene, Seeder seeder) {
        this.scene = scene;
        this.seeder = seeder;
        this.seeded = List.copyOf(scene.partnerIds());
        scene.workshopIds().forEach(w -> checkIns.add(new AtomicInteger()));
        String programme = "/api/programmes/" + scene.programmeId();
        kinds.add(new Kind("officer: register partner", 5, client -> {
            String id = seeder.createPartner(scene, "new-" + newPartners.incrementAndGet() + "-" + System.nanoTime(),
                    new Random());
            scene.partnerIds().add(id);
            return new LoadClient.Answer(201, id);
        }));
        kinds.add(new Kind("officer: record activity", 10, client ->
                new LoadClient.Answer(201, seeder.recordActivity(scene, anyPartner()))));
        kinds.add(new Kind("facilitator: check in", 12, this::checkIn));
        kinds.add(new Kind("facilitator: feedback", 10, this::feedback));
        kinds.add(new Kind("board: coverage", 15, client -> client.get(programme + "/coverage", "board")));
        kinds.add(new Kind("board: coverage as of", 5, client -> client.get(programme + "/coverage?asOf="
                + scene.today().minusDays(60), "board")));
        kinds.add(new Kind("board: readiness", 10, client -> client.get(programme + "/readiness", "board")));
        kinds.add(new Kind("board: coverage table page", 10, client -> client.get(programme
                + "/coverage/partners?size=50&page=" + ThreadLocalRandom.current().nextInt(
                        Math.max(1, scene.partnerIds().size() / 50)), "board")));
        kinds.add(new Kind("board: partners filtered", 15, client -> client.get("/api/partners?district="
                + "Wycombe&type=BUSINESS&size=50", "board")));
    }

    List<String> kindNames() {
        return kinds.stream().map(Kind::name).toList();
    }

    /** Runs the mix for {@code seconds}; what answered in that time, by kind. */
    Latencies run(LoadClient client, int clients, int seconds, PrintStream out) throws InterruptedException {
        Latencies latencies = new Latencies(kindNames());
        int total = kinds.stream().mapToInt(Kind::weight).sum();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            workers.execute(() -> {
                while (System.nanoTime() < end) {
                    Kind kind = draw(ThreadLocalRandom.current().nextInt(total));
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        LoadClient.Answer answer = kind.request().send(client);
                        ok = answer.ok();
                        if (!ok) {
                            out.printf("  %s: %d %s%n", kind.name(), answer.status(), abbreviate(answer.body()));
                        }
                    } catch (Exception e) {
                        ok = false;
                        out.printf("  %s: %s%n", kind.name(), abbreviate(String.valueOf(e.getMessage())));
                    }
                    latencies.record(kind.name(), (System.nanoTime() - start) / 1000, ok);
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        return latencies;
    }

    private Kind draw(int ticket) {
        for (Kind kind : kinds) {
            ticket -= kind.weight();
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights");
    }

    private String anyPartner() {
        List<String> partners = scene.partnerIds();
        return partners.get(ThreadLocalRandom.current().nextInt(partners.size()));
    }

    /** A walk-in at one of today's workshops, of the next partner not yet there, spread so workshops differ. */
    private LoadClient.Answer checkIn(LoadClient client) throws Exception {
        int w = ThreadLocalRandom.current().nextInt(checkIns.size());
        int n = checkIns.get(w).getAndIncrement();
        String partner = seeded.get((n + w * seeded.size() / checkIns.size()) % seeded.size());
        String workshop = scene.workshopIds().get(w);
        LoadClient.Answer answer = client.post("/api/workshops/" + workshop + "/attendance", "facilitator",
                Map.of("partnerId", partner, "walkIn", true));
        if (answer.ok()) {
            awaitingFeedback.add(new CheckedIn(workshop, partner));
        }
        return answer;
    }

    /** Feedback on a tabled hypothesis from a partner checked in earlier; a check-in when nobody is waiting. */
    private LoadClient.Answer feedback(LoadClient client) throws Exception {
        CheckedIn attended = awaitingFeedback.poll();
        if (attended == null) {
            return checkIn(client);
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return client.post("/api/workshops/" + attended.workshopId() + "/feedback", "facilitator", Map.of(
                "hypothesisId", scene.hypothesisIds().get(random.nextInt(scene.hypothesisIds().size())),
                "partnerId", attended.partnerId(), "stance", List.of("SUPPORT", "OPPOSE", "NEUTRAL", "CONDITIONAL")
                        .get(random.nextInt(4)), "confidence", 1 + random.nextInt(5),
                "comment", "Agreed with the direction", "writtenSubmission", false));
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
