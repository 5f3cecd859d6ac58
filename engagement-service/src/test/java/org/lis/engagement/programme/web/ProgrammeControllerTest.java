package org.lis.engagement.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lis.engagement.EngagementError;
import org.lis.engagement.partner.query.KnownPartnerQueries;
import org.lis.engagement.programme.command.DefineProgrammeCommand;
import org.lis.engagement.programme.command.ReviseProgrammeCommand;
import org.lis.events.programme.DatePrecision;
import org.lis.support.error.DomainException;
import org.lis.engagement.programme.query.ProgrammeQueries;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Mono;

/**
 * The web layer alone: how a request becomes a command, and what is refused before any command
 * is sent. Security, errors and body limits are the services' own, from service-support.
 */
@WebSliceTest(ProgrammeController.class)
class ProgrammeControllerTest extends WebSliceTestBase {

    private static final String BODY = """
            {"name": "Buckinghamshire Local Industrial Strategy", "adoptionTargetDate": "2018-12-31",
             "phases": [{"code": "P2", "name": "Stakeholder engagement", "startsOn": "2018-08-01",
                         "endsOn": "2018-09-30", "milestones": [{"name": "Vision", "dueOn": "2018-10-05"}]}],
             "readiness": {"keyPartnersEngaged": true, "minEngagedPerTheme": 2, "minFeedbackPerHypothesis": 3}}
            """;

    @MockitoBean
    ProgrammeQueries programmes;
    @MockitoBean
    IdGenerator ids;
    @MockitoBean
    KnownPartnerQueries partners;

    @Test
    void officerDefinesAProgrammeAsOneCommand() {
        when(ids.newId()).thenReturn("prog-1");
        creates("prog-1", 0);

        expectCreated(post("/api/programmes", TestUsers.asOfficer(), BODY), "/api/programmes/prog-1", "prog-1", 0);

        DefineProgrammeCommand command = (DefineProgrammeCommand) sentCreate();
        assertThat(command.programmeId()).isEqualTo("prog-1");
        assertThat(command.phases()).singleElement().satisfies(phase -> {
            assertThat(phase.code()).isEqualTo("P2");
            assertThat(phase.milestones()).singleElement()
                    .satisfies(m -> assertThat(m.dueOn()).isEqualTo(LocalDate.of(2018, 10, 5)));
        });
        assertThat(command.readiness().minFeedbackPerHypothesis()).isEqualTo(3);
        assertThat(command.phases().get(0).endsOnPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(command.convenorPartnerId()).isNull();
    }

    @Test
    void anUnknownConvenorIsRefusedAndNoCommandSent() {
        when(partners.require("p-none", "convenorPartnerId")).thenReturn(Mono.error(new DomainException(
                EngagementError.PARTNER_NOT_FOUND, "convenorPartnerId", "convenorPartnerId: no partner p-none")));

        post("/api/programmes", TestUsers.asOfficer(), BODY.replace("\"readiness\"",
                "\"convenorPartnerId\": \"p-none\", \"readiness\""))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("convenorPartnerId");
        assertNothingSent();
    }

    @Test
    void boardCannotDefineAProgrammeWhateverItSends() {
        post("/api/programmes", TestUsers.asBoard(), "{}")
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertNothingSent();
    }

    @Test
    void cannotDefineAProgrammeWithoutItsFields() {
        expectInvalid(post("/api/programmes", TestUsers.asOfficer(), "{\"phases\": []}"),
                "name", "adoptionTargetDate", "readiness");
        assertNothingSent();
    }

    @Test
    void officerRevisesAProgrammeOnTheVersionSeen() {
        updates("prog-1", 4);

        expectUpdated(put("/api/programmes/prog-1", TestUsers.asOfficer(), 3, BODY), "prog-1", 4);

        ReviseProgrammeCommand command = (ReviseProgrammeCommand) sentUpdate("prog-1");
        assertThat(command.expectedVersion()).isEqualTo(3L);
        assertThat(command.name()).isEqualTo("Buckinghamshire Local Industrial Strategy");
        assertThat(command.phases()).extracting(phase -> phase.code()).containsExactly("P2");
    }

    @Test
    void aFacilitatorCannotReviseAProgrammeAndARefusalIsPassedOn() {
        put("/api/programmes/prog-1", TestUsers.asFacilitator(), BODY).expectStatus().isForbidden();
        assertNothingSent();

        refusesUpdating("prog-1", new DomainException(EngagementError.PHASE_IN_USE, "phases", "phases: in use"));
        expectProblem(put("/api/programmes/prog-1", TestUsers.asOfficer(), BODY), 409, "PHASE_IN_USE");
    }

    @Test
    void unknownProgrammeIsNotFound() {
        when(programmes.findById("nope")).thenReturn(Mono.empty());

        expectProblem(get("/api/programmes/nope", TestUsers.asBoard()), 404, "PROGRAMME_NOT_FOUND");
    }
}
