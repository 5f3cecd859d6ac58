package org.lis.workshop.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lis.support.command.CommandResult;
import org.lis.support.error.DomainException;
import org.lis.support.test.TestUsers;
import org.lis.support.test.WebSliceTest;
import org.lis.support.test.WebSliceTestBase;
import org.lis.workshop.WorkshopError;
import org.lis.workshop.attendance.command.CheckInAttendeeCommand;
import org.lis.workshop.attendance.command.MarkNoShowCommand;
import org.lis.workshop.clock.BusinessTimes;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import reactor.core.publisher.Mono;

/**
 * The web layer alone: how check-ins and no-shows become commands, what is refused before any command is sent,
 * and how a refusal of the command side reaches the client.
 */
@WebSliceTest(value = AttendanceController.class, now = "2018-08-14T09:05:00Z")
@Import(BusinessTimes.class)
class AttendanceControllerTest extends WebSliceTestBase {

    static final Instant NOW = Instant.parse("2018-08-14T09:05:00Z");

    private Object sent() {
        return sentUpdate("w-1");
    }

    @Test
    void facilitatorChecksInAWalkInNowAtTheVersionItRead() {
        when(commands.update(eq("w-1"), any())).thenReturn(Mono.just(new CommandResult("w-1", 3)));

        client.post().uri("/api/workshops/w-1/attendance").headers(TestUsers.asFacilitator())
                .header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"partnerId\": \"p-1\", \"contactId\": \"c-1\", \"walkIn\": true}").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody().jsonPath("$.id").isEqualTo("w-1").jsonPath("$.version").isEqualTo(3);

        assertThat(sent()).isEqualTo(new CheckInAttendeeCommand("w-1", "p-1", "c-1", NOW, true, 2L));
    }

    @Test
    void aRefusalOfTheCommandSideReachesTheClient() {
        when(commands.update(eq("w-1"), any())).thenReturn(Mono.error(new DomainException(
                WorkshopError.CONTACT_ERASED, "contact c-1 has been erased and cannot be named")));

        post("/api/workshops/w-1/attendance", TestUsers.asFacilitator(),
                "{\"partnerId\": \"p-1\", \"contactId\": \"c-1\"}")
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("CONTACT_ERASED");
    }

    @Test
    void cannotCheckInLaterThanNow() {
        post("/api/workshops/w-1/attendance", TestUsers.asFacilitator(),
                "{\"partnerId\": \"p-1\", \"checkedInAt\": \"2018-08-15T09:00:00Z\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("TIME_IN_FUTURE")
                .jsonPath("$.errors[0].field").isEqualTo("checkedInAt");
        verify(commands, never()).update(anyString(), any());
    }

    @Test
    void boardCannotCheckIn() {
        post("/api/workshops/w-1/attendance", TestUsers.asBoard(), "{\"partnerId\": \"p-1\"}")
                .expectStatus().isForbidden();
        verify(commands, never()).update(anyString(), any());
    }

    @Test
    void officerMarksANoShowNow() {
        when(commands.update(eq("w-1"), any())).thenReturn(Mono.just(new CommandResult("w-1", 4)));

        post("/api/workshops/w-1/no-shows", TestUsers.asOfficer(), "{\"partnerId\": \"p-1\"}")
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"4\"");

        assertThat(sent()).isEqualTo(new MarkNoShowCommand("w-1", "p-1", NOW, null));
    }

    @Test
    void cannotMarkANoShowWithoutPartner() {
        post("/api/workshops/w-1/no-shows", TestUsers.asOfficer(), "{}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("partnerId");
        verify(commands, never()).update(anyString(), any());
    }
}
