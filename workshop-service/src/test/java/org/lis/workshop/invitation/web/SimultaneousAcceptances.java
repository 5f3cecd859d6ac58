package org.lis.workshop.invitation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.lis.support.test.TestUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Many acceptances sent at the same moment: the race a workshop's capacity must hold against. */
final class SimultaneousAcceptances {

    private SimultaneousAcceptances() {
    }

    /**
     * Accepts every invitation at once, one thread each, sending them to the instances in turn; the statuses
     * come back in the order of the invitations.
     */
    static List<Integer> acceptAll(String workshopId, List<String> invitations, List<WebTestClient> instances)
            throws Exception {
        List<Callable<Integer>> acceptances = new ArrayList<>();
        for (int i = 0; i < invitations.size(); i++) {
            WebTestClient instance = instances.get(i % instances.size());
            String invitation = invitations.get(i);
            acceptances.add(() -> instance.post()
                    .uri("/api/workshops/" + workshopId + "/invitations/" + invitation + "/rsvp")
                    .header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("response", "ACCEPTED"))
                    .exchange().returnResult(Void.class).getStatus().value());
        }
        ExecutorService pool = Executors.newFixedThreadPool(acceptances.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(acceptances)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
