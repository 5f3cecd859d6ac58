package org.lis.workshop.invitation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.workshop.ApiTestBase;
import org.lis.workshop.WorkshopServiceApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Capacity with two instances of the service on the same databases: each serialises its own commands on a
 * workshop, so only the event store's unique sequence number stands between two acceptances sent to
 * different instances at once.
 */
class TwoInstancesCapacityIT extends ApiTestBase {

    @Autowired
    Environment environment;

    @Test
    void fiftyAcceptancesSplitOverTwoInstancesFillTenPlacesExactly() throws Exception {
        String w = workshop(programme(), 10, List.of());
        List<String> invitations = inviteNewBusinesses(w, 50);

        try (ConfigurableApplicationContext second = secondInstance()) {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            List<WebTestClient> instances = List.of(client(), WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build());
            List<Integer> statuses = SimultaneousAcceptances.acceptAll(w, invitations, instances);

            assertThat(statuses).filteredOn(status -> status == 200).hasSize(10);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(40);
        }
        awaitRead("/api/workshops/" + w, body -> ((Map<String, Object>) body.get("counts")).get("accepted").equals(10));
    }

    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(WorkshopServiceApplication.class).run(
                "--server.port=0",
                "--lis.mongodb.uri=" + environment.getProperty("lis.mongodb.uri"),
                "--lis.mongodb.database=" + environment.getProperty("lis.mongodb.database"),
                "--lis.mongodb.event-database=" + environment.getProperty("lis.mongodb.event-database"));
    }
}
