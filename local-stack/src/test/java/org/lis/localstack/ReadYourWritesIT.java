package org.lis.localstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.localstack.StackHttp.body;
import static org.lis.localstack.StackHttp.created;
import static org.lis.localstack.StackHttp.expect;
import static org.lis.localstack.StackHttp.get;
import static org.lis.localstack.StackHttp.post;

/**
 * A client's write is usable by its very next request, as a script or the console uses it: the Location of a 201
 * answers 200 at once, and a command naming what was just created succeeds at once, in the same service and
 * across the two, also when the next request reaches another instance of the service. Each case runs twenty times
 * in a row with no pause and no retry.
 */
class ReadYourWritesIT {

    private static final int TIMES = 20;

    @TempDir
    static Path dataFolder;
    private static RunningStack stack;
    private static ConfigurableApplicationContext secondEngagement;
    private static ConfigurableApplicationContext secondWorkshop;

    @BeforeAll
    static void start() {
        // how long each read that found nothing waited, in the test's output
        System.setProperty("logging.level.org.lis.support.fresh", "DEBUG");
        stack = LocalStack.start(TestStacks.settings(dataFolder));
        secondEngagement = ServiceApp.ENGAGEMENT.start(0, stack.mongodbUri(), List.of());
        secondWorkshop = ServiceApp.WORKSHOP.start(0, stack.mongodbUri(), List.of());
    }

    @AfterAll
    static void stop() {
        secondWorkshop.close();
        secondEngagement.close();
        stack.close();
        System.clearProperty("logging.level.org.lis.support.fresh");
    }

    @Test
    void theLocationOfEveryCreatedResourceAnswersAtOnce() throws Exception {
        for (int i = 0; i < TIMES; i++) {
            String partner = readBack(stack.engagementBase(), "/api/partners", "officer", partnerBody("Located " + i));
            readBack(stack.engagementBase(), "/api/partners/" + partner + "/contacts", "officer", Map.of(
                    "name", "Ada Lovelace", "role", "Director", "email", "ada@example.org", "phone", "01234 567890",
                    "lawfulBasis", "LEGITIMATE_INTERESTS"));
            readBack(stack.engagementBase(), "/api/partners/" + partner + "/activities", "officer", Map.of(
                    "kind", "MEETING", "occurredOn", "2018-06-01", "summary", "Introductory meeting",
                    "themes", List.of("AI_AND_DATA")));
            String programme = readBack(stack.engagementBase(), "/api/programmes", "officer", programmeBody(i));
            String hypothesis = readBack(stack.workshopBase(), "/api/hypotheses", "facilitator",
                    hypothesisBody(programme));
            String workshop = readBack(stack.workshopBase(), "/api/workshops", "officer",
                    workshopBody(programme, hypothesis));
            readBack(stack.workshopBase(), "/api/workshops/" + workshop + "/invitations", "officer",
                    Map.of("partnerId", partner, "sentAt", "2018-07-30T09:00:00Z"));
            expect(200, post(stack.workshopBase(), "/api/workshops/" + workshop + "/attendance", "facilitator",
                    Map.of("partnerId", partner, "checkedInAt", "2018-08-14T08:40:00Z", "walkIn", false)));
            readBack(stack.workshopBase(), "/api/workshops/" + workshop + "/feedback", "facilitator", Map.of(
                    "hypothesisId", hypothesis, "partnerId", partner, "stance", "SUPPORT", "confidence", 4,
                    "comment", "Worth testing", "writtenSubmission", false, "givenAt", "2018-08-14T10:00:00Z"));
        }
    }

    @Test
    void aNewPartnerCanBeInvitedAtOnceThroughEitherWorkshopInstance() throws Exception {
        String programme = created(post(stack.engagementBase(), "/api/programmes", "officer", programmeBody(100)));
        String workshop = created(post(stack.workshopBase(), "/api/workshops", "officer",
                workshopBody(programme, null)));
        for (int i = 0; i < TIMES; i++) {
            String partner = created(post(engagement(i), "/api/partners", "officer", partnerBody("Invited " + i)));
            created(post(workshop(i + 1), "/api/workshops/" + workshop + "/invitations", "officer",
                    Map.of("partnerId", partner, "sentAt", "2018-07-30T09:00:00Z")));
        }
    }

    @Test
    void aNewProgrammeTakesHypothesesAndAdoptionAtOnce() throws Exception {
        for (int i = 0; i < TIMES; i++) {
            String programme = created(post(engagement(i), "/api/programmes", "officer", programmeBody(200 + i)));
            created(post(workshop(i + 1), "/api/hypotheses", "facilitator", hypothesisBody(programme)));
            expect(200, post(engagement(i + 1), "/api/programmes/" + programme + "/adoption", "board",
                    Map.of("adoptedOn", "2018-12-20", "overrideReason", "Adopted to keep to the timetable")));
        }
    }

    @Test
    void aNewHypothesisCanBeTabledAtOnceOnANewWorkshop() throws Exception {
        String programme = created(post(stack.engagementBase(), "/api/programmes", "officer", programmeBody(300)));
        for (int i = 0; i < TIMES; i++) {
            String hypothesis = created(post(workshop(i), "/api/hypotheses", "facilitator", hypothesisBody(programme)));
            created(post(workshop(i + 1), "/api/workshops", "officer", workshopBody(programme, hypothesis)));
        }
    }

    /** Even attempts go to the local stack's instance, odd ones to the second. */
    private static URI engagement(int attempt) {
        return attempt % 2 == 0 ? stack.engagementBase() : base(secondEngagement);
    }

    private static URI workshop(int attempt) {
        return attempt % 2 == 0 ? stack.workshopBase() : base(secondWorkshop);
    }

    private static URI base(ConfigurableApplicationContext context) {
        return URI.create("http://localhost:" + ServiceApp.port(context));
    }

    /** Creates, then reads the Location at once; returns the new id. */
    private static String readBack(URI base, String path, String user, Object body) throws Exception {
        HttpResponse<String> response = post(base, path, user, body);
        String id = created(response);
        String location = response.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = get(base, location, user);
        assertThat(read.statusCode()).as("GET %s right after its 201: %s", location, read.body()).isEqualTo(200);
        assertThat(body(read).path("id").asText(id)).isEqualTo(id);
        return id;
    }

    private static Map<String, Object> partnerBody(String name) {
        return Map.of("name", name + " Ltd", "type", "BUSINESS", "sectors", List.of("ai-research"),
                "themes", List.of("AI_AND_DATA"), "district", "Aylesbury Vale", "keyPartner", false);
    }

    private static Map<String, Object> programmeBody(int n) {
        return Map.of("name", "Programme " + n, "adoptionTargetDate", "2018-12-31",
                "phases", List.of(Map.of("code", "P2", "name", "Engagement", "startsOn", "2018-08-01",
                        "endsOn", "2018-09-30", "milestones", List.of())),
                "readiness", Map.of("keyPartnersEngaged", true, "minEngagedPerTheme", 1,
                        "minFeedbackPerHypothesis", 1));
    }

    private static Map<String, Object> hypothesisBody(String programme) {
        return Map.of("programmeId", programme, "title", "AI centre", "statement",
                "A university can anchor an AI centre", "themes", List.of("AI_AND_DATA"),
                "sectors", List.of("ai-research"));
    }

    private static Map<String, Object> workshopBody(String programme, String hypothesis) {
        return Map.of("programmeId", programme, "phaseCode", "P2", "title", "AI workshop",
                "themes", List.of("AI_AND_DATA"), "startsAt", "2018-08-14T08:30:00Z",
                "endsAt", "2018-08-14T12:00:00Z", "venue", "Buckingham", "capacity", 100, "facilitator", "Fran",
                "hypothesisIds", hypothesis == null ? List.of() : List.of(hypothesis));
    }
}
