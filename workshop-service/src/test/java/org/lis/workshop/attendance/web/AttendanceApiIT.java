package org.lis.workshop.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.lis.workshop.ApiTestBase;
import org.springframework.http.HttpStatus;

/** Attendance, walk-ins and no-shows over HTTP. */
class AttendanceApiIT extends ApiTestBase {

    @Test
    void attendanceWalkInsAndNoShows() {
        String w = workshop(programme(), 10, List.of());
        String invited = partner(PartnerType.UNIVERSITY);
        String absent = partner(PartnerType.BUSINESS);
        String walkIn = partner(PartnerType.VOLUNTARY_SECTOR);
        invite(w, invited);
        invite(w, absent);

        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", invited,
                "checkedInAt", "2018-08-14T09:10:00Z")).expectStatus().isOk();
        post("/api/workshops/" + w + "/attendance", TestUsers.OFFICER, Map.of("partnerId", invited))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("ALREADY_CHECKED_IN");
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", walkIn))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_INVITED");
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", walkIn,
                "walkIn", true, "checkedInAt", "2018-08-14T09:30:00Z")).expectStatus().isOk();
        post("/api/workshops/" + w + "/attendance", TestUsers.FACILITATOR, Map.of("partnerId", "ghost",
                "walkIn", true)).expectStatus().isNotFound();
        post("/api/workshops/" + w + "/attendance", TestUsers.BOARD, Map.of("partnerId", walkIn))
                .expectStatus().isForbidden();
        post("/api/workshops/" + w + "/no-shows", TestUsers.FACILITATOR, Map.of("partnerId", invited))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        post("/api/workshops/" + w + "/no-shows", TestUsers.FACILITATOR, Map.of("partnerId", walkIn))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.code").isEqualTo("NOT_INVITED");
        post("/api/workshops/" + w + "/no-shows", TestUsers.FACILITATOR, Map.of("partnerId", absent))
                .expectStatus().isOk();
        post("/api/workshops/" + w + "/no-shows", TestUsers.OFFICER, Map.of("partnerId", absent))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        post("/api/workshops/" + w + "/no-shows", TestUsers.BOARD, Map.of("partnerId", absent))
                .expectStatus().isForbidden();

        Map<String, Object> read = awaitRead("/api/workshops/" + w,
                body -> ((Map<String, Object>) body.get("counts")).get("noShows").equals(1));
        assertThat((Map<String, Object>) read.get("counts")).containsEntry("attended", 2).containsEntry("walkIns", 1);
        assertThat((List<Map<String, Object>>) read.get("attendance")).extracting(a -> a.get("partnerId"))
                .containsExactly(invited, walkIn);
        assertThat((List<Map<String, Object>>) read.get("noShows")).extracting(a -> a.get("partnerId"))
                .containsExactly(absent);
    }
}
