package org.lis.engagement.activity.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.activity.command.RecordEngagementActivityCommand;
import org.lis.engagement.activity.query.ActivityQueries;
import org.lis.engagement.activity.query.ActivityView;
import org.lis.events.common.Theme;
import org.lis.events.partner.ActivityKind;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

import static org.lis.engagement.EngagementError.PROGRAMME_NOT_FOUND;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Activities' web layer alone: what a request becomes as a command, and what it refuses first. */
@WebSliceTest(value = ActivityController.class, now = "2018-09-20T10:00:00Z")
class ActivityControllerTest extends WebSliceTestBase {

    private static final String ACTIVITIES = "/api/partners/p-1/activities";
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
        updates("p-1", 1);

        expectCreated(post(ACTIVITIES, TestUsers.asOfficer(), BODY), ACTIVITIES + "/a-1", "a-1", 1);

        verify(commands).update("p-1", new RecordEngagementActivityCommand("p-1", "a-1", ActivityKind.MEETING,
                LocalDate.of(2018, 9, 1), "Met the dean", "prog-1", List.of(Theme.AI_AND_DATA), TODAY, null));
    }

    @Test
    void anUnknownProgrammeIsNotFoundNamingTheField() {
        when(ids.newId()).thenReturn("a-1");
        refusesUpdating("p-1", new DomainException(PROGRAMME_NOT_FOUND, "programmeId", "No programme prog-1"));

        expectProblem(post(ACTIVITIES, TestUsers.asOfficer(), BODY), 404, "PROGRAMME_NOT_FOUND")
                .jsonPath("$.errors[0].field").isEqualTo("programmeId");
    }

    @Test
    void onlyOfficersRecordActivities() {
        post(ACTIVITIES, TestUsers.asFacilitator(), BODY).expectStatus().isForbidden();
        assertNothingSent();
    }

    @Test
    void cannotRecordAnActivityWithoutKindOrWithABlankProgramme() {
        expectInvalid(post(ACTIVITIES, TestUsers.asOfficer(),
                "{\"occurredOn\": \"2018-09-01\", \"summary\": \"Call\", \"programmeId\": \" \"}"),
                "kind", "programmeId");
        assertNothingSent();
    }

    @Test
    void everyRoleReadsAnActivity() {
        when(activities.find("p-1", "a-1")).thenReturn(Mono.just(new ActivityView("a-1", "p-1", ActivityKind.MEETING,
                LocalDate.of(2018, 9, 1), "Met the dean", null, List.of())));

        get(ACTIVITIES + "/a-1", TestUsers.asBoard())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.summary").isEqualTo("Met the dean");
    }
}
