package org.lis.workshop.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.lis.workshop.WorkshopServiceApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
        List<String> invitations = new ArrayList<>();
        for (String partnerId : partners(50, PartnerType.BUSINESS)) {
            invitations.add(invite(w, partnerId));
        }

        try (ConfigurableApplicationContext second = secondInstance()) {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            List<WebTestClient> instances = List.of(client(), WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build());
            ExecutorService pool = Executors.newFixedThreadPool(50);
            try {
                List<Callable<Integer>> acceptances = new ArrayList<>();
                for (int i = 0; i < invitations.size(); i++) {
                    WebTestClient instance = instances.get(i % 2);
                    String invitation = invitations.get(i);
                    acceptances.add(() -> instance.post()
                            .uri("/api/workshops/" + w + "/invitations/" + invitation + "/rsvp")
                            .header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("response", "ACCEPTED"))
                            .exchange().returnResult(Void.class).getStatus().value());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> status : pool.invokeAll(acceptances)) {
                    statuses.add(status.get());
                }

                assertThat(statuses).filteredOn(status -> status == 200).hasSize(10);
                assertThat(statuses).filteredOn(status -> status == 409).hasSize(40);
            } finally {
                pool.shutdownNow();
            }
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
