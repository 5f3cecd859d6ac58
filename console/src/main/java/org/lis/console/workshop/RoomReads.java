package org.lis.console.workshop;

import org.lis.console.client.EngagementApi;
import org.lis.console.client.WorkshopApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Reads what a workshop's pages show: the workshop, the register that names its partners, its hypotheses. */
@Component
class RoomReads {

    private final WorkshopApi workshops;
    private final EngagementApi engagement;
    private final Clock clock;

    /** The host's clock when it has one (the gateway does), else the system's. */
    RoomReads(WorkshopApi workshops, EngagementApi engagement, ObjectProvider<Clock> clock) {
        this.workshops = workshops;
        this.engagement = engagement;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Mono<Room> room(String workshopId) {
        return room(workshops.workshop(workshopId));
    }

    private Mono<Room> room(Mono<Map<String, Object>> workshop) {
        return workshop.flatMap(w -> Mono.zip(engagement.partners(),
                        workshops.hypotheses((String) w.get("programmeId")))
                .map(both -> new Room(w, both.getT1(), tabled(w, both.getT2()), clock.instant())));
    }

    /** The workshop's hypotheses in the order they were tabled. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tabled(Map<String, Object> workshop,
                                                    List<Map<String, Object>> hypotheses) {
        List<String> ids = (List<String>) workshop.getOrDefault("hypothesisIds", List.of());
        return ids.stream().map(id -> hypotheses.stream().filter(h -> id.equals(h.get("id"))).findFirst()
                .orElse(Map.of("id", id, "title", "A hypothesis", "statement", ""))).toList();
    }
}
