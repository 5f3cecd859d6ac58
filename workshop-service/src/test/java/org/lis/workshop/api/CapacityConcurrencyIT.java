package org.lis.workshop.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class CapacityConcurrencyIT extends ApiTestBase {

    @Test
    void fiftySimultaneousAcceptancesFillTenPlacesExactly() throws Exception {
        String w = workshop(programme(), 10, List.of());
        List<String> invitations = new ArrayList<>();
        for (String partnerId : partners(50, PartnerType.BUSINESS)) {
            invitations.add(invite(w, partnerId));
        }

        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Integer>> acceptances = invitations.stream().<Callable<Integer>>map(invitation -> () ->
                    client().post().uri("/api/workshops/" + w + "/invitations/" + invitation + "/rsvp")
                            .header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("response", "ACCEPTED"))
                            .exchange().returnResult(Void.class).getStatus().value()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(acceptances)) {
                statuses.add(status.get());
            }

            assertThat(statuses).filteredOn(status -> status == 200).hasSize(10);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> read = awaitRead("/api/workshops/" + w,
                body -> ((Map<String, Object>) body.get("counts")).get("accepted").equals(10));
        assertThat((Map<String, Object>) read.get("counts")).containsEntry("placesLeft", 0).containsEntry("invited", 50);
    }
}
