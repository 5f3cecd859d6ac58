package org.lis.workshop.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lis.support.error.DomainException;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.attendance.command.MarkNoShowCommand;
import org.lis.workshop.clock.BusinessTimes;
import org.lis.support.id.IdGenerator;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web layer alone: how check-ins and no-shows become commands, what is refused before any command is sent,
 * and how a refusal of the command side reaches the client.
 */
@WebSliceTest(value = AttendanceController.class, now = "2018-08-14T09:05:00Z")
@Import(BusinessTimes.class)
class AttendanceControllerTest extends WebSliceTestBase {

    static final String ATTENDANCE = "/api/workshops/w-1/attendance";
    static final Instant NOW = Instant.parse("2018-08-14T09:05:00Z");

    /** Gives no id (null): the command then carries none, as the assertions below expect. */
    @MockitoBean
    IdGenerator ids;

    private Object sent() {
        return sentUpdate("w-1");
    }

    @Test
    void facilitatorChecksInAWalkInNowAtTheVersionItRead() {
        updates("w-1", 3);

        expectUpdated(post(ATTENDANCE, TestUsers.asFacilitator(), 2,
                "{\"partnerId\": \"p-1\", \"contactId\": \"c-1\", \"walkIn\": true}"), "w-1", 3);

        assertThat(sent()).isEqualTo(new CheckInAttendeeCommand("w-1", "p-1", "c-1", NOW, true, 2L));
    }

    @Test
    void aRefusalOfTheCommandSideReachesTheClient() {
        refusesUpdating("w-1", new DomainException(
                WorkshopError.CONTACT_ERASED, "contact c-1 has been erased and cannot be named"));

        expectProblem(post(ATTENDANCE, TestUsers.asFacilitator(), "{\"partnerId\": \"p-1\", \"contactId\": \"c-1\"}"),
                409, "CONTACT_ERASED");
    }

    @Test
    void cannotCheckInLaterThanNow() {
        expectInvalid(post(ATTENDANCE, TestUsers.asFacilitator(),
                "{\"partnerId\": \"p-1\", \"checkedInAt\": \"2018-08-15T09:00:00Z\"}"), "checkedInAt")
                .jsonPath("$.code").isEqualTo("TIME_IN_FUTURE");
        assertNothingSent();
    }

    @Test
    void boardCannotCheckIn() {
        post(ATTENDANCE, TestUsers.asBoard(), "{\"partnerId\": \"p-1\"}").expectStatus().isForbidden();
        assertNothingSent();
    }

    @Test
    void officerMarksANoShowNow() {
        updates("w-1", 4);

        post("/api/workshops/w-1/no-shows", TestUsers.asOfficer(), "{\"partnerId\": \"p-1\"}")
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"4\"");

        assertThat(sent()).isEqualTo(new MarkNoShowCommand("w-1", "p-1", NOW, null));
    }

    @Test
    void cannotMarkANoShowWithoutPartner() {
        expectInvalid(post("/api/workshops/w-1/no-shows", TestUsers.asOfficer(), "{}"), "partnerId");
        assertNothingSent();
    }
}
