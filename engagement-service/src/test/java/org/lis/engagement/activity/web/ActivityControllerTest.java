package org.lis.engagement.activity.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.activity.command.RecordEngagementActivityCommand;
import org.lis.engagement.activity.query.ActivityQueries;
import org.lis.engagement.activity.query.ActivityView;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.support.command.CommandResult;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Activities' web layer alone: what a request becomes as a command, and what it refuses first. */
@WebSliceTest(value = ActivityController.class, now = "2018-09-20T10:00:00Z")
class ActivityControllerTest extends WebSliceTestBase {

    private static final LocalDate TODAY = LocalDate.of(2018, 9, 20);
    private static final String BODY = """
            {"kind": "MEETING", "occurredOn": "2018-09-01", "summary": "Met the dean", "programmeId": "prog-1",
             "themes": ["AI_AND_DATA"]}
            """;

    @MockitoBean
    ActivityQueries activities;
    @MockitoBean
    IdGenerator ids;

    @Test
    void officerRecordsAnActivityAsOneCommandDatedToday() {
        when(ids.newId()).thenReturn("a-1");
        when(commands.update(anyString(), any())).thenReturn(Mono.just(new CommandResult("p-1", 1)));

        client.post().uri("/api/partners/p-1/activities").headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/partners/p-1/activities/a-1")
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().json("{\"id\": \"a-1\", \"version\": 1}", true);

        verify(commands).update("p-1", new RecordEngagementActivityCommand("p-1", "a-1", ActivityKind.MEETING,
                LocalDate.of(2018, 9, 1), "Met the dean", "prog-1", List.of(Theme.AI_AND_DATA), TODAY, null));
    }

    @Test
    void anUnknownProgrammeIsNotFoundNamingTheField() {
        when(ids.newId()).thenReturn("a-1");
        when(commands.update(anyString(), any())).thenReturn(Mono.error(new DomainException(PROGRAMME_NOT_FOUND,
                "programmeId", "No programme prog-1")));

        client.post().uri("/api/partners/p-1/activities").headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("PROGRAMME_NOT_FOUND")
                .jsonPath("$.errors[0].field").isEqualTo("programmeId");
    }

    @Test
    void onlyOfficersRecordActivities() {
        client.post().uri("/api/partners/p-1/activities").headers(TestUsers.asFacilitator())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange()
                .expectStatus().isForbidden();
        verifyNoInteractions(commands);
    }

    @Test
    void cannotRecordAnActivityWithoutKindOrWithABlankProgramme() {
        client.post().uri("/api/partners/p-1/activities").headers(TestUsers.asOfficer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"occurredOn\": \"2018-09-01\", \"summary\": \"Call\", \"programmeId\": \" \"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'kind')]").exists()
                .jsonPath("$.errors[?(@.field == 'programmeId')]").exists();
        verify(commands, never()).update(anyString(), any());
    }

    @Test
    void everyRoleReadsAnActivity() {
        when(activities.find("p-1", "a-1")).thenReturn(Mono.just(new ActivityView("a-1", "p-1", ActivityKind.MEETING,
                LocalDate.of(2018, 9, 1), "Met the dean", null, List.of())));

        client.get().uri("/api/partners/p-1/activities/a-1").headers(TestUsers.asBoard()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.summary").isEqualTo("Met the dean");
    }
}
