package org.lis.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the data through the gateway's API, as an officer would, only several at once: a programme, two
 * hypotheses, four workshops running today, then {@code partners} partners, each with {@code ownActivities}
 * activities of its own, then shared activities ({@code POST /api/activities}, {@link #AT_THE_TABLE} partners
 * each) until every partner has been at {@code sharedPerPartner} on average. With the defaults (2 and 7) each
 * partner has about ten engagement records behind the board's figures (its registration and nine activities) for
 * about three writes and events; 9 and 1 make ten events a partner, each its own write.
 */
final class Seeder {

    static final int AT_THE_TABLE = 50;

    private final LoadClient client;
    private final int writers;
    private final int ownActivities;
    private final int sharedPerPartner;
    private final PrintStream out;
    private final AtomicLong writes = new AtomicLong();

    Seeder(LoadClient client, int writers, int ownActivities, int sharedPerPartner, PrintStream out) {
        this.client = client;
        this.writers = writers;
        this.ownActivities = ownActivities;
        this.sharedPerPartner = sharedPerPartner;
        this.out = out;
    }

    long writes() {
        return writes.get();
    }

    Scene seed(int partners) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String programme = create("/api/programmes", Map.of("name", "Load programme " + run,
                "adoptionTargetDate", today.plusDays(200).toString(),
                "phases", List.of(Map.of("code", Scene.PHASE, "name", "Engagement",
                        "startsOn", today.minusDays(180).toString(), "endsOn", today.plusDays(180).toString(),
                        "milestones", List.of(Map.of("name", "Evidence base to the board",
                                "dueOn", today.plusDays(30).toString())))),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 5,
                        "minFeedbackPerHypothesis", 3)));
        List<String> hypotheses = new ArrayList<>();
        for (String theme : List.of("MOBILITY", "CLEAN_GROWTH")) {
            hypotheses.add(create("/api/hypotheses", Map.of("programmeId", programme,
                    "title", "Hypothesis on " + theme, "statement", "Growth follows investment in " + theme,
                    "themes", List.of(theme), "sectors", List.of("space"))));
        }
        Scene scene = new Scene(programme, List.copyOf(hypotheses), workshops(programme, hypotheses, now),
                new CopyOnWriteArrayList<>(), today);

        long started = System.nanoTime();
        List<String> ids = inParallel(partners, i -> {
            String id = createPartner(scene, run + "-" + i, new Random(i));
            for (int a = 0; a < ownActivities; a++) {
                recordActivity(scene, id);
            }
            return id;
        });
        scene.partnerIds().addAll(ids);
        report("partners and their own activities", started);

        started = System.nanoTime();
        int shared = Math.max(sharedPerPartner > 0 ? 1 : 0, partners * sharedPerPartner / AT_THE_TABLE);
        inParallel(shared, i -> {
            List<String> table = new ArrayList<>();
            Random random = new Random(-i - 1L);
            int size = Math.min(AT_THE_TABLE, ids.size());
            while (table.size() < size) {
                String id = ids.get(random.nextInt(ids.size()));
                if (!table.contains(id)) {
                    table.add(id);
                }
            }
            return create("/api/activities", Map.of("kind", "ROUND_TABLE",
                    "occurredOn", scene.today().minusDays(1 + random.nextInt(150)).toString(),
                    "summary", "Round table " + i, "programmeId", programme,
                    "themes", List.of(Scene.THEMES.get(i % Scene.THEMES.size())), "partnerIds", table));
        });
        report(shared + " shared activities", started);
        return scene;
    }

    /**
     * The scene of an earlier run on the same data folder, read back through the API, with four new workshops (the
     * earlier ones' partners are checked in already): the data is made once and measured more than once.
     */
    Scene resume() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String programme = null;
        for (JsonNode p : items("/api/programmes?size=500")) {
            if (p.path("name").asText().startsWith("Load programme ")) {
                programme = p.path("id").asText();
            }
        }
        if (programme == null) {
            throw new IllegalStateException("No load programme in this data folder: seed it first");
        }
        List<String> hypotheses = new ArrayList<>();
        items("/api/hypotheses?size=500&programmeId=" + programme).forEach(h -> hypotheses.add(h.path("id").asText()));
        CopyOnWriteArrayList<String> partners = new CopyOnWriteArrayList<>();
        for (int page = 0; ; page++) {
            List<JsonNode> items = items("/api/partners?size=500&page=" + page);
            if (items.isEmpty()) {
                break;
            }
            items.forEach(p -> partners.add(p.path("id").asText()));
        }
        out.printf("resumed: programme %s, %d hypotheses, %d partners%n", programme, hypotheses.size(),
                partners.size());
        return new Scene(programme, List.copyOf(hypotheses), workshops(programme, hypotheses, now), partners,
                LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    /** Four workshops running today, each with both hypotheses tabled, room for every partner. */
    private List<String> workshops(String programme, List<String> hypotheses, Instant now) throws Exception {
        List<String> workshops = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            workshops.add(create("/api/workshops", Map.of("programmeId", programme, "phaseCode", Scene.PHASE,
                    "title", "Load workshop " + w, "themes", List.of(Scene.THEMES.get(w)),
                    "startsAt", now.minus(Duration.ofHours(1)).toString(),
                    "endsAt", now.plus(Duration.ofHours(10)).toString(), "venue", "Aylesbury",
                    "capacity", 10_000, "facilitator", "LIS consultants", "hypothesisIds", hypotheses)));
        }
        return List.copyOf(workshops);
    }

    private List<JsonNode> items(String path) throws Exception {
        LoadClient.Answer answer = client.get(path, "officer");
        if (!answer.ok()) {
            throw new IllegalStateException("GET " + path + ": " + answer.status() + " " + answer.body());
        }
        List<JsonNode> items = new ArrayList<>();
        answer.json().path("items").forEach(items::add);
        return items;
    }

    /** Registers one partner as the officer; its classification spread over the filters the board uses. */
    String createPartner(Scene scene, String suffix, Random random) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Load partner " + suffix);
        body.put("type", pick(Scene.TYPES, random));
        body.put("sectors", List.of(pick(Scene.SECTORS, random)));
        body.put("themes", List.of(pick(Scene.THEMES, random)));
        body.put("district", pick(Scene.DISTRICTS, random));
        body.put("keyPartner", random.nextInt(20) == 0);
        String id = create("/api/partners", body);
        if (id == null) {
            // registered by the attempt the stack answered too late: find it by its name
            id = items("/api/partners?q=" + URLEncoder.encode((String) body.get("name"), StandardCharsets.UTF_8))
                    .get(0).path("id").asText();
        }
        return id;
    }

    /** One activity of one partner, for the programme, some day of the last five months. */
    String recordActivity(Scene scene, String partnerId) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return create("/api/partners/" + partnerId + "/activities", Map.of("kind", pick(Scene.ACTIVITY_KINDS, random),
                "occurredOn", scene.today().minusDays(1 + random.nextInt(150)).toString(),
                "summary", "Talked through the strategy", "programmeId", scene.programmeId(),
                "themes", List.of(pick(Scene.THEMES, random))));
    }

    private String create(String path, Map<String, ?> body) throws Exception {
        String id = client.create(path, "officer", body);
        writes.incrementAndGet();
        return id;
    }

    private interface Task {
        String run(int i) throws Exception;
    }

    /** Runs {@code count} tasks on {@code writers} threads, in order of their numbers; the first failure stops it. */
    private List<String> inParallel(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<String>> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = i;
                results.add(pool.submit(() -> task.run(n)));
            }
            List<String> ids = new ArrayList<>(count);
            long started = System.nanoTime();
            for (Future<String> result : results) {
                ids.add(result.get());
                if (count >= 1000 && ids.size() % (count / 10) == 0) {
                    out.printf("  %d of %d (%.0f s)%n", ids.size(), count, (System.nanoTime() - started) / 1e9);
                }
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private void report(String what, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        out.printf("seeded %s in %.0f s (%d writes so far)%n", what, seconds, writes.get());
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
