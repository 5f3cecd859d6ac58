package org.lis.console.workshop;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The check-in list, who may walk in and who may give feedback, from a workshop as the API answers it. */
class RoomTest {

    private static final Instant STARTS = Instant.parse("2018-10-03T09:00:00Z");

    private static final List<Map<String, Object>> REGISTER = List.of(
            partner("p-silverstone", "Silverstone Park"), partner("p-westcott", "Westcott Space Cluster"),
            partner("p-pinewood", "Pinewood Studios"), partner("p-council", "Aylesbury Vale Council"),
            partner("p-brunel", "Brunel University"));

    @Test
    void listsTheInvitedAndTheWalkInsByNameWithTheirAnswerAndWhetherTheyCame() {
        List<CheckInRow> rows = room(STARTS.plusSeconds(600)).checkInRows();

        assertThat(rows).extracting(CheckInRow::name).containsExactly("Aylesbury Vale Council", "Pinewood Studios",
                "Silverstone Park", "Westcott Space Cluster");
        CheckInRow council = rows.get(0);
        assertThat(council.walkIn()).isTrue();
        assertThat(council.invited()).isFalse();
        assertThat(council.checkedIn()).isTrue();
        assertThat(rows.get(1).rsvp()).isEqualTo("DECLINED");
        assertThat(rows.get(1).noShow()).isTrue();
        assertThat(rows.get(2).checkedInAt()).isEqualTo("2018-10-03T09:05:00Z");
        assertThat(rows.get(3).rsvp()).isNull();
    }

    @Test
    void noShowsOnlyOnceTheWorkshopHasStartedAndALateNoShowMayStillCheckIn() {
        Room before = room(STARTS.minusSeconds(60));
        Room after = room(STARTS);
        CheckInRow westcott = row(after, "p-westcott");
        CheckInRow pinewood = row(after, "p-pinewood");

        assertThat(before.started()).isFalse();
        assertThat(after.started()).isTrue();
        assertThat(westcott.mayMarkNoShow(true, false)).isFalse();
        assertThat(westcott.mayMarkNoShow(true, true)).isTrue();
        assertThat(pinewood.mayMarkNoShow(true, true)).as("already a no-show").isFalse();
        assertThat(pinewood.mayCheckIn(true)).isTrue();
        assertThat(row(after, "p-silverstone").mayCheckIn(true)).isFalse();
        assertThat(westcott.mayCheckIn(false)).as("a cancelled or closed workshop").isFalse();
    }

    @Test
    void aSearchIgnoresCaseAndSpacing() {
        CheckInRow silverstone = row(room(STARTS), "p-silverstone");
        assertThat(silverstone.matches("  silverSTONE   park ")).isTrue();
        assertThat(silverstone.matches("")).isTrue();
        assertThat(silverstone.matches(null)).isTrue();
        assertThat(silverstone.matches("westcott")).isFalse();
    }

    @Test
    void walkInsAreRegisteredPartnersNotAlreadyOnTheList() {
        Room room = room(STARTS);
        assertThat(room.walkInCandidates("u")).extracting(p -> p.get("id")).containsExactly("p-brunel");
        assertThat(room.walkInCandidates("council")).as("already checked in as a walk-in").isEmpty();
        assertThat(room.walkInCandidates(" ")).isEmpty();
    }

    @Test
    void feedbackComesFromThoseCheckedInOrInWritingFromAnyoneElse() {
        Room room = room(STARTS);
        assertThat(room.attendees()).extracting(p -> p.get("id")).containsExactly("p-council", "p-silverstone");
        assertThat(room.notPresent()).extracting(p -> p.get("id"))
                .containsExactly("p-brunel", "p-pinewood", "p-westcott");
        assertThat(room.attended()).isEqualTo(2);
        assertThat(room.walkIns()).isEqualTo(1);
        assertThat(room.name("p-gone")).isEqualTo("A partner no longer in the register");
    }

    private static CheckInRow row(Room room, String partnerId) {
        return room.checkInRows().stream().filter(r -> r.partnerId().equals(partnerId)).findFirst().orElseThrow();
    }

    private static Room room(Instant now) {
        Map<String, Object> workshop = new LinkedHashMap<>();
        workshop.put("id", "w1");
        workshop.put("status", "SCHEDULED");
        workshop.put("startsAt", STARTS.toString());
        workshop.put("invitations", List.of(
                Map.of("partnerId", "p-silverstone", "response", "ACCEPTED"),
                Map.of("partnerId", "p-westcott"),
                Map.of("partnerId", "p-pinewood", "response", "DECLINED")));
        workshop.put("attendance", List.of(
                Map.of("partnerId", "p-silverstone", "checkedInAt", "2018-10-03T09:05:00Z", "walkIn", false),
                Map.of("partnerId", "p-council", "checkedInAt", "2018-10-03T09:20:00Z", "walkIn", true)));
        workshop.put("noShows", List.of(Map.of("partnerId", "p-pinewood")));
        workshop.put("feedback", List.of());
        return new Room(workshop, REGISTER, List.of(), now);
    }

    private static Map<String, Object> partner(String id, String name) {
        return Map.of("id", id, "name", name, "type", "BUSINESS");
    }
}
