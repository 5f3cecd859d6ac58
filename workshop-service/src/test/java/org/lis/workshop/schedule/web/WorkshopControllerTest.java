package org.lis.workshop.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.clock.BusinessTimes;
import org.lis.workshop.schedule.command.CloseWorkshopCommand;
import org.lis.workshop.schedule.command.RescheduleWorkshopCommand;
import org.lis.workshop.schedule.command.ScheduleWorkshopCommand;
import org.lis.workshop.schedule.command.TableHypothesisCommand;
import org.lis.workshop.schedule.query.WorkshopFilter;
import org.lis.workshop.schedule.query.WorkshopQueries;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import reactor.core.publisher.Mono;

/**
 * The web layer alone: how a workshop request becomes a command, what is refused before any command is sent,
 * and how a refusal of the command side reaches the client. The rules of the command side are tested with the
 * aggregate's fixture.
 */
@WebSliceTest(value = WorkshopController.class, now = "2018-08-01T09:00:00Z")
@Import(BusinessTimes.class)
class WorkshopControllerTest extends WebSliceTestBase {

    static final Instant NOW = Instant.parse("2018-08-01T09:00:00Z");
    static final Instant STARTS = Instant.parse("2018-08-14T09:00:00Z");
    static final Instant ENDS = Instant.parse("2018-08-14T13:00:00Z");
    static final String SCHEDULE = """
            {"programmeId": "prog-1", "phaseCode": "PH2", "title": "AI", "themes": ["AI_AND_DATA"],
             "startsAt": "2018-08-14T09:00:00Z", "endsAt": "2018-08-14T13:00:00Z", "venue": "Buckingham",
             "capacity": 10, "facilitator": "Fran"%s}""";

    @MockitoBean
    WorkshopQueries queries;
    @MockitoBean
    IdGenerator ids;

    // schedule

    @Test
    void officerSchedulesAWorkshopWithItsHypotheses() {
        when(ids.newId()).thenReturn("w-1");
        creates("w-1", 0);

        String body = SCHEDULE.formatted(", \"hypothesisIds\": [\"h-1\"]");
        expectCreated(post("/api/workshops", TestUsers.asOfficer(), body), "/api/workshops/w-1", "w-1", 0);

        assertThat(sentCreate()).isEqualTo(new ScheduleWorkshopCommand("w-1", "prog-1", "PH2", "AI",
                List.of(Theme.AI_AND_DATA), STARTS, ENDS, "Buckingham", 10, "Fran", List.of("h-1")));
    }

    @Test
    void aWorkshopScheduledWithoutHypothesesNamesNone() {
        when(ids.newId()).thenReturn("w-1");
        creates("w-1", 0);

        post("/api/workshops", TestUsers.asOfficer(), SCHEDULE.formatted("")).expectStatus().isCreated();

        assertThat(((ScheduleWorkshopCommand) sentCreate()).hypothesisIds()).isEmpty();
    }

    @Test
    void aRefusalOfTheCommandSideReachesTheClient() {
        when(ids.newId()).thenReturn("w-1");
        refusesCreating(new DomainException(WorkshopError.OUTSIDE_PHASE,
                "A workshop starting on 2018-08-14 lies outside phase PH2"));

        expectProblem(post("/api/workshops", TestUsers.asOfficer(), SCHEDULE.formatted("")), 409, "OUTSIDE_PHASE");
    }

    @Test
    void cannotScheduleWithoutATitle() {
        String untitled = SCHEDULE.formatted("").replace("\"title\": \"AI\", ", "");
        expectInvalid(post("/api/workshops", TestUsers.asOfficer(), untitled), "title");
        assertNothingSent();
    }

    @Test
    void facilitatorCannotSchedule() {
        post("/api/workshops", TestUsers.asFacilitator(), SCHEDULE.formatted("")).expectStatus().isForbidden();
        assertNothingSent();
    }

    // reschedule, cancel, close

    @Test
    void officerReschedulesAtTheVersionItRead() {
        updates("w-1", 4);

        expectUpdated(post("/api/workshops/w-1/reschedule", TestUsers.asOfficer(), 3,
                "{\"startsAt\": \"2018-08-14T09:00:00Z\", \"endsAt\": \"2018-08-14T13:00:00Z\"}"), "w-1", 4);

        assertThat(sentUpdate("w-1")).isEqualTo(new RescheduleWorkshopCommand("w-1", STARTS, ENDS, null, 3L));
    }

    @Test
    void cannotCancelWithACancellationTimeInTheFuture() {
        expectInvalid(post("/api/workshops/w-1/cancel", TestUsers.asOfficer(),
                "{\"reason\": \"storm\", \"cancelledAt\": \"2018-09-01T09:00:00Z\"}"), "cancelledAt")
                .jsonPath("$.code").isEqualTo("TIME_IN_FUTURE");
        assertNothingSent();
    }

    @Test
    void facilitatorClosesAWorkshopNowWhenNoTimeIsGiven() {
        updates("w-1", 7);

        client.post().uri("/api/workshops/w-1/close").headers(TestUsers.asFacilitator()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"7\"");

        assertThat(sentUpdate("w-1")).isEqualTo(new CloseWorkshopCommand("w-1", NOW, null));
    }

    // table hypotheses

    @Test
    void facilitatorTablesAHypothesisNamingOnlyIt() {
        updates("w-1", 2);

        post("/api/workshops/w-1/hypotheses", TestUsers.asFacilitator(), 1, "{\"hypothesisId\": \"h-1\"}")
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"2\"");

        assertThat(sentUpdate("w-1")).isEqualTo(new TableHypothesisCommand("w-1", "h-1", 1L));
    }

    @Test
    void boardCannotTableAHypothesis() {
        post("/api/workshops/w-1/hypotheses", TestUsers.asBoard(), "{\"hypothesisId\": \"h-1\"}")
                .expectStatus().isForbidden();
        assertNothingSent();
    }

    // list

    @Test
    void aDateAsUpperBoundIncludesThatDay() {
        when(queries.list(any(), any())).thenReturn(Mono.just(new PageResponse<>(List.of(), 0, 20, 0)));

        get("/api/workshops?programmeId=prog-1&from=2018-08-01&to=2018-08-14", TestUsers.asBoard())
                .expectStatus().isOk();

        verify(queries).list(new WorkshopFilter("prog-1", null, Instant.parse("2018-08-01T00:00:00Z"),
                Instant.parse("2018-08-15T00:00:00Z")), PageRequest.of(null, null));
    }

    @Test
    void cannotListFromAnUnreadableTime() {
        expectInvalid(get("/api/workshops?from=yesterday", TestUsers.asBoard()), "from")
                .jsonPath("$.code").isEqualTo("INVALID_PARAMETER");
        verify(queries, never()).list(any(), any());
    }
}
