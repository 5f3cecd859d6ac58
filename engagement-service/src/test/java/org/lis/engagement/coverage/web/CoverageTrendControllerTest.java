package org.lis.engagement.coverage.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.EngagementError;
import org.lis.engagement.coverage.query.CoverageHistory;
import org.lis.engagement.coverage.query.CoverageQueries;
import org.lis.engagement.coverage.query.PartnerVersion;
import org.lis.engagement.coverage.query.ProgrammeInfo;
import org.lis.engagement.programme.query.MilestoneStatus;
import org.lis.engagement.programme.query.MilestoneView;
import org.lis.engagement.programme.query.PhaseView;
import org.lis.engagement.programme.query.ProgrammeQueries;
import org.lis.engagement.programme.query.ProgrammeView;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.ReadinessRules;
import org.lis.support.error.DomainException;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.mockito.Mockito.when;

/** The trend's web layer: every role reads it, milestones come from the programme, an unknown programme is 404. */
@WebSliceTest(value = CoverageTrendController.class, now = "2018-09-20T10:00:00Z")
class CoverageTrendControllerTest extends WebSliceTestBase {

    private static final Instant NOW = Instant.parse("2018-09-20T10:00:00Z");
    private static final LocalDate START = LocalDate.parse("2018-06-01");
    private static final LocalDate END = LocalDate.parse("2018-06-29");
    private static final ReadinessRules RULES = new ReadinessRules(true, 1, 1);

    @MockitoBean
    CoverageQueries queries;
    @MockitoBean
    ProgrammeQueries programmes;

    @Test
    void weeklyPointsWithTheProgrammesMilestonesForEveryRole() {
        when(queries.recordedBy(null)).thenReturn(NOW);
        when(queries.history("prog-1")).thenReturn(Mono.just(history()));
        when(programmes.findById("prog-1")).thenReturn(Mono.just(programme(new MilestoneView("m-1", "Evidence base",
                LocalDate.parse("2018-06-20"), DatePrecision.DAY, MilestoneStatus.DUE, null, null, List.of()))));

        for (String user : List.of(TestUsers.OFFICER, TestUsers.FACILITATOR, TestUsers.BOARD)) {
            client.get().uri("/api/programmes/prog-1/coverage/trend").header("Authorization", user).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.programmeId").isEqualTo("prog-1")
                    .jsonPath("$.points.length()").isEqualTo(6)
                    .jsonPath("$.points[0].on").isEqualTo("2018-06-01")
                    .jsonPath("$.points[0].partners").isEqualTo(1)
                    .jsonPath("$.points[0].engaged").isEqualTo(0)
                    .jsonPath("$.points[3].on").isEqualTo("2018-06-20")
                    .jsonPath("$.points[3].milestones[0]").isEqualTo("Evidence base")
                    .jsonPath("$.points[5].on").isEqualTo("2018-06-29");
        }
    }

    @Test
    void deliveredAndSlippedMilestonesAreMarkedWithTheirDates() {
        when(queries.recordedBy(null)).thenReturn(NOW);
        when(queries.history("prog-1")).thenReturn(Mono.just(history()));
        MilestoneView delivered = new MilestoneView("m-1", "Draft evidence base", LocalDate.parse("2018-06-11"),
                DatePrecision.WEEK, MilestoneStatus.DELIVERED, LocalDate.parse("2018-06-13"), null, List.of());
        MilestoneView slipped = new MilestoneView("m-2", "Evidence presentation", LocalDate.parse("2018-06-27"),
                DatePrecision.DAY, MilestoneStatus.SLIPPED, null, null, List.of(new MilestoneView.Slip(
                LocalDate.parse("2018-06-22"), DatePrecision.DAY, LocalDate.parse("2018-06-27"), DatePrecision.DAY,
                "Board meeting moved", NOW)));
        when(programmes.findById("prog-1")).thenReturn(Mono.just(programme(delivered, slipped)));

        client.get().uri("/api/programmes/prog-1/coverage/trend").header("Authorization", TestUsers.BOARD).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.points[?(@.on == '2018-06-13')].delivered[0]").isEqualTo("Draft evidence base")
                .jsonPath("$.points[?(@.on == '2018-06-17')].milestones[0]").isEqualTo("Draft evidence base")
                .jsonPath("$.points[?(@.on == '2018-06-27')].milestones[0]").isEqualTo("Evidence presentation")
                .jsonPath("$.milestones[0].status").isEqualTo("DELIVERED")
                .jsonPath("$.milestones[0].dueBy").isEqualTo("2018-06-17")
                .jsonPath("$.milestones[0].deliveredOn").isEqualTo("2018-06-13")
                .jsonPath("$.milestones[1].status").isEqualTo("SLIPPED")
                .jsonPath("$.milestones[1].originallyDueOn").isEqualTo("2018-06-22")
                .jsonPath("$.milestones[1].slipReason").isEqualTo("Board meeting moved");
    }

    @Test
    void anUnknownProgrammeIsNotFound() {
        when(queries.recordedBy(null)).thenReturn(NOW);
        when(queries.history("nope")).thenReturn(Mono.error(new DomainException(EngagementError.PROGRAMME_NOT_FOUND,
                "No programme with id nope")));
        when(programmes.findById("nope")).thenReturn(Mono.empty());

        client.get().uri("/api/programmes/nope/coverage/trend").header("Authorization", TestUsers.BOARD).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void withoutCredentialsItIsRefused() {
        client.get().uri("/api/programmes/prog-1/coverage/trend").exchange().expectStatus().isUnauthorized();
    }

    private static ProgrammeView programme(MilestoneView... milestones) {
        return new ProgrammeView("prog-1", "Test LIS", END, List.of(new PhaseView("P1", "Evidence", START,
                DatePrecision.DAY, END, DatePrecision.DAY, List.of(milestones))), RULES, false, null, null, List.of(),
                1, null);
    }

    private static CoverageHistory history() {
        ProgrammeInfo programme = new ProgrammeInfo("prog-1", "Test LIS", END,
                List.of(new ProgrammeInfo.PhaseInfo("P1", "Evidence", START, END)), RULES, null);
        PartnerVersion partner = new PartnerVersion("p-a", true, "Alpha University", "UNIVERSITY", List.of(),
                List.of("AI_AND_DATA"), "Buckingham", true, START, Instant.parse("2018-05-01T09:00:00Z"));
        return new CoverageHistory(programme, List.of(partner), List.of(), Map.of(), Map.of());
    }
}
