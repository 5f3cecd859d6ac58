package org.lis.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lis.localstack.demo.DemoDataLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The demo against the board paper: the demo data loaded through the local stack, then each dated fact of the
 * paper, from a table written by hand (board-paper-facts.csv), read back through the API, as the board or the
 * officer would find it: phases and milestones with the precision of their dates ("w/c", months), milestones the
 * paper says are done as delivered, the meetings (one activity with every partner at the table), the standing groups
 * with their leads and members, the consultation window and the programme's convenor. A row whose record the API
 * cannot hold says what it awaits and is reported as skipped (pending); there are none now.
 */
class BoardPaperFactsIT {

    private static final String PROGRAMME = "Buckinghamshire Local Industrial Strategy";

    @TempDir
    static Path dataFolder;
    private static RunningStack stack;
    private static String programmeId;
    private static final List<String> PENDING = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void startAndLoad() throws Exception {
        stack = LocalStack.start(TestStacks.settings(dataFolder));
        new DemoDataLoader(stack.engagementBase(), stack.workshopBase()).load();
        programmeId = StreamSupport.stream(read("engagement", "/api/programmes?size=500", "board").path("items")
                        .spliterator(), false)
                .filter(p -> PROGRAMME.equals(p.path("name").asText())).map(p -> p.path("id").asText())
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        System.out.println("Facts of the board paper pending an API change: " + (PENDING.isEmpty() ? "none"
                : PENDING.size() + "\n  " + String.join("\n  ", PENDING)));
        if (stack != null) {
            stack.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFactOfThePaperIsInTheDemo() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Fact fact : facts()) {
            String name = "§" + fact.section() + " " + fact.what() + (fact.paperSays().isEmpty() ? ""
                    : " (" + fact.paperSays() + ")");
            tests.add(DynamicTest.dynamicTest(name, () -> check(fact)));
            if (fact.precision().equals("WEEK") || fact.precision().equals("MONTH")) {
                if (fact.where().equals("phase") || fact.where().equals("milestone")) {
                    tests.add(DynamicTest.dynamicTest(name + ": precision " + fact.precision(),
                            () -> checkPrecision(fact)));
                }
            }
        }
        assertThat(tests).as("the table of the paper's facts").hasSizeGreaterThan(30);
        return tests.stream();
    }

    private static void check(Fact fact) {
        if (!fact.awaits().isEmpty()) {
            PENDING.add("§" + fact.section() + " " + fact.what() + ": awaits " + fact.awaits());
        }
        Assumptions.assumeTrue(fact.awaits().isEmpty(), () -> "pending: awaits " + fact.awaits());
        eventually(() -> switch (fact.where()) {
            case "programme" -> programme().path("adoptionTargetDate").asText().equals(fact.date()) ? ok()
                    : problem("adoption target " + programme().path("adoptionTargetDate"));
            case "phase" -> phase(fact).isPresent() ? ok() : problem("no phase named '" + fact.match() + "' from "
                    + fact.date() + " to " + fact.until() + " in " + programme().path("phases"));
            case "milestone" -> milestone(fact).isPresent() ? ok() : problem("no milestone '" + fact.match()
                    + "' due " + fact.date() + " in " + programme().path("phases"));
            case "delivered" -> delivered(fact);
            case "activity" -> activity(fact);
            case "contact" -> contact(fact);
            case "hypothesis" -> hypothesis(fact);
            case "group" -> group(fact);
            case "group-member" -> groupMember(fact);
            case "consultation" -> consultation(fact);
            case "convenor" -> convenor(fact);
            case "engaged", "not-engaged" -> engagement(fact);
            default -> problem("the table names no check '" + fact.where() + "'");
        });
    }

    /** A date given loosely is held with its precision: the week it commences, the months it spans. */
    private static void checkPrecision(Fact fact) {
        JsonNode record = (fact.where().equals("phase") ? phase(fact) : milestone(fact))
                .orElseThrow(() -> new AssertionError("no " + fact.where() + " '" + fact.match() + "'"));
        String field = fact.where().equals("phase") ? "startsOnPrecision" : "precision";
        assertThat(record.path(field).asText()).as(fact.what()).isEqualTo(fact.precision());
        if (fact.where().equals("phase")) {
            assertThat(record.path("endsOnPrecision").asText()).as(fact.what()).isEqualTo(fact.precision());
        }
    }

    private static Optional<JsonNode> phase(Fact fact) {
        return stream(programme().path("phases"))
                .filter(p -> contains(p.path("name").asText(), fact.match()))
                .filter(p -> p.path("startsOn").asText().equals(fact.date())
                        && p.path("endsOn").asText().equals(fact.until()))
                .findFirst();
    }

    private static Optional<JsonNode> milestone(Fact fact) {
        return stream(programme().path("phases")).flatMap(p -> stream(p.path("milestones")))
                .filter(m -> contains(m.path("name").asText(), fact.match()))
                .filter(m -> m.path("dueOn").asText().equals(fact.date()))
                .findFirst();
    }

    /** Marked delivered, as the paper says it is done (on the date the table gives, when it gives one). */
    private static Optional<String> delivered(Fact fact) {
        Optional<JsonNode> found = stream(programme().path("phases")).flatMap(p -> stream(p.path("milestones")))
                .filter(m -> contains(m.path("name").asText(), fact.match()))
                .filter(m -> m.path("status").asText().equals("DELIVERED"))
                .filter(m -> fact.date().isEmpty() || m.path("deliveredOn").asText().equals(fact.date()))
                .findFirst();
        return found.isPresent() ? ok() : problem("no milestone '" + fact.match() + "' delivered in "
                + programme().path("phases"));
    }

    /**
     * On the history of a partner named as in the table (any partner when the paper names none), with the other
     * partner the table names at the same activity.
     */
    private static Optional<String> activity(Fact fact) {
        List<JsonNode> partners = partners(fact.partner());
        if (partners.isEmpty()) {
            return problem("no partner named like '" + fact.partner() + "'");
        }
        boolean found = partners.stream()
                .flatMap(p -> stream(read("engagement", "/api/partners/" + p.path("id").asText(), "board")
                        .path("history")))
                .filter(h -> h.path("kind").asText().equals("ACTIVITY"))
                .filter(h -> contains(h.path("summary").asText(), fact.match()))
                .filter(h -> fact.date().isEmpty() || h.path("on").asText().equals(fact.date()))
                .filter(h -> fact.with().isEmpty() || stream(h.path("with"))
                        .anyMatch(w -> contains(w.path("name").asText(), fact.with())))
                .anyMatch(h -> fact.kind().isEmpty() || h.path("activityKind").asText().equals(fact.kind()));
        return found ? ok() : problem("no " + (fact.kind().isEmpty() ? "" : fact.kind() + " ") + "activity '"
                + fact.match() + "'" + (fact.date().isEmpty() ? "" : " on " + fact.date()) + " for '"
                + fact.partner() + "'" + (fact.with().isEmpty() ? "" : " with '" + fact.with() + "'"));
    }

    /** A standing group of the kind, formed on the date and led by the partner the table gives. */
    private static Optional<String> group(Fact fact) {
        Optional<JsonNode> found = groups(fact)
                .filter(g -> fact.kind().isEmpty() || g.path("kind").asText().equals(fact.kind()))
                .filter(g -> fact.date().isEmpty() || g.path("formedOn").asText().equals(fact.date()))
                .filter(g -> fact.with().isEmpty() || contains(g.path("convenor").path("name").asText(), fact.with()))
                .findFirst();
        return found.isPresent() ? ok() : problem("no " + fact.kind() + " group '" + fact.match() + "'"
                + (fact.date().isEmpty() ? "" : " formed on " + fact.date())
                + (fact.with().isEmpty() ? "" : " led by '" + fact.with() + "'") + " in "
                + read("engagement", "/api/groups?size=500", "board").path("items"));
    }

    /** The partner on the group (or invited to it) as the table says, invited by whom it names. */
    private static Optional<String> groupMember(Fact fact) {
        boolean found = groups(fact)
                .flatMap(g -> stream(read("engagement", "/api/groups/" + g.path("id").asText(), "board")
                        .path("members")))
                .filter(m -> contains(m.path("name").asText(), fact.partner()))
                .filter(m -> fact.kind().isEmpty() || m.path("status").asText().equals(fact.kind()))
                .anyMatch(m -> fact.with().isEmpty()
                        || contains(m.path("invitedBy").path("name").asText(), fact.with()));
        return found ? ok() : problem("'" + fact.partner() + "' is not " + fact.kind() + " on a group '"
                + fact.match() + "'" + (fact.with().isEmpty() ? "" : " invited by '" + fact.with() + "'"));
    }

    private static Stream<JsonNode> groups(Fact fact) {
        return stream(read("engagement", "/api/groups?size=500", "board").path("items"))
                .filter(g -> contains(g.path("name").asText(), fact.match()));
    }

    /** A consultation window of the programme, opening and closing on the days the paper gives. */
    private static Optional<String> consultation(Fact fact) {
        JsonNode windows = read("engagement", "/api/programmes/" + programmeId + "/consultations?size=500", "board");
        boolean found = stream(windows)
                .filter(c -> contains(c.path("title").asText(), fact.match()))
                .anyMatch(c -> c.path("opensOn").asText().equals(fact.date())
                        && c.path("closesOn").asText().equals(fact.until()));
        return found ? ok() : problem("no consultation '" + fact.match() + "' from " + fact.date() + " to "
                + fact.until() + " in " + windows.path("items"));
    }

    /** The convenor is named by coverage and is not among the partners it counts. */
    private static Optional<String> convenor(Fact fact) {
        JsonNode coverage = read("engagement", "/api/programmes/" + programmeId + "/coverage?asOf=" + fact.date(),
                "board");
        if (!contains(coverage.path("convenor").path("name").asText(), fact.partner())) {
            return problem("the convenor is " + coverage.path("convenor") + ", not '" + fact.partner() + "'");
        }
        boolean counted = stream(read("engagement", "/api/programmes/" + programmeId
                + "/coverage/partners?size=500&asOf=" + fact.date(), "board"))
                .anyMatch(row -> contains(row.path("name").asText(), fact.partner()));
        return counted ? problem("'" + fact.partner() + "' convenes the programme but is counted in its coverage")
                : ok();
    }

    /** People the paper names are the officer's to see, as contacts of their organisation. */
    private static Optional<String> contact(Fact fact) {
        boolean found = partners(fact.partner()).stream()
                .flatMap(p -> stream(read("engagement", "/api/partners/" + p.path("id").asText(), "officer")
                        .path("contacts")))
                .anyMatch(c -> contains(c.path("name").asText(), fact.match()));
        return found ? ok() : problem("no contact '" + fact.match() + "' at '" + fact.partner() + "'");
    }

    private static Optional<String> hypothesis(Fact fact) {
        boolean found = stream(read("workshop", "/api/hypotheses?size=500&programmeId=" + programmeId, "board")
                .path("items"))
                .anyMatch(h -> contains(h.path("statement").asText(), fact.match()));
        return found ? ok() : problem("no hypothesis stating '" + fact.match() + "'");
    }

    /** Engaged (or not) as the board's coverage counts it, as of the row's date. */
    private static Optional<String> engagement(Fact fact) {
        List<String> engaged = stream(read("engagement", "/api/programmes/" + programmeId
                + "/coverage/partners?size=500&asOf=" + fact.date(), "board"))
                .filter(row -> contains(row.path("name").asText(), fact.partner()))
                .map(row -> row.path("level").asText())
                .filter(level -> level.equals("ENGAGED") || level.equals("CONTRIBUTED"))
                .toList();
        boolean wanted = fact.where().equals("engaged");
        return engaged.isEmpty() != wanted ? ok()
                : problem("'" + fact.partner() + "' is " + (wanted ? "not " : "") + "engaged as of " + fact.date());
    }

    private static JsonNode programme() {
        return read("engagement", "/api/programmes/" + programmeId, "board");
    }

    private static List<JsonNode> partners(String nameContains) {
        return stream(read("engagement", "/api/partners?size=500", "board").path("items"))
                .filter(p -> contains(p.path("name").asText(), nameContains))
                .toList();
    }

    /** Read models follow the events: a missing fact is looked for again for a few seconds before it fails. */
    private static void eventually(Supplier<Optional<String>> check) {
        Instant deadline = Instant.now().plusSeconds(10);
        Optional<String> problem = check.get();
        while (problem.isPresent() && Instant.now().isBefore(deadline)) {
            sleep();
            problem = check.get();
        }
        problem.ifPresent(p -> fail(p));
    }

    private static JsonNode read(String service, String path, String user) {
        try {
            var response = StackHttp.get(service.equals("workshop") ? stack.workshopBase() : stack.engagementBase(),
                    path, user);
            assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
            return StackHttp.JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path, e);
        }
    }

    /** The elements of an array, or of a page's items. */
    private static Stream<JsonNode> stream(JsonNode arrayOrPage) {
        JsonNode array = arrayOrPage.has("items") ? arrayOrPage.path("items") : arrayOrPage;
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static boolean contains(String text, String words) {
        return text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> ok() {
        return Optional.empty();
    }

    private static Optional<String> problem(String what) {
        return Optional.of(what);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One row of the table: see the file's header for what each column means. */
    record Fact(String section, String what, String paperSays, String date, String until, String precision,
                String where, String partner, String match, String kind, String awaits, String with) {
    }

    static List<Fact> facts() throws IOException {
        try (InputStream in = BoardPaperFactsIT.class.getResourceAsStream("/board-paper-facts.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            List<String> header = csv(lines.get(0));
            assertThat(header).containsExactly("section", "what", "as_the_paper_gives_it", "date", "until",
                    "precision", "where", "partner", "match", "kind", "awaits", "with");
            return lines.stream().skip(1).map(BoardPaperFactsIT::csv).map(c -> {
                assertThat(c).as("columns of %s", c).hasSize(header.size());
                return new Fact(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7),
                        c.get(8), c.get(9), c.get(10), c.get(11));
            }).toList();
        }
    }

    /** A line of CSV: fields in double quotes may hold commas; a doubled quote inside them is one quote. */
    static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
