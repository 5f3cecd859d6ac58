package org.lis.workshop.invitation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.workshop.ApiTestBase;

class CapacityConcurrencyIT extends ApiTestBase {

    @Test
    void fiftySimultaneousAcceptancesFillTenPlacesExactly() throws Exception {
        String w = workshop(programme(), 10, List.of());
        List<String> invitations = inviteNewBusinesses(w, 50);

        List<Integer> statuses = SimultaneousAcceptances.acceptAll(w, invitations, List.of(client()));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(40);
        Map<String, Object> read = awaitRead("/api/workshops/" + w,
                body -> ((Map<String, Object>) body.get("counts")).get("accepted").equals(10));
        assertThat((Map<String, Object>) read.get("counts")).containsEntry("placesLeft", 0).containsEntry("invited", 50);
    }
}
