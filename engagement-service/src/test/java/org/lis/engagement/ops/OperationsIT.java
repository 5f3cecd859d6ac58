package org.lis.engagement.ops;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.lis.engagement.ApiTestBase;
import org.lis.support.ops.ProcessorMetricRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.MediaType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lis.support.test.TestUsers.ADMIN;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.MONITOR;
import static org.lis.support.test.TestUsers.OFFICER;

/**
 * Metrics for monitoring, the processors for administrators, nothing of either for anyone else. Metrics are
 * exported as in a running service (tests leave them off unless asked).
 */
@AutoConfigureObservability(tracing = false)
class OperationsIT extends ApiTestBase {

    @Autowired
    GlobalMetricRegistry axonMetrics;

    @Test
    void prometheusShowsHttpTimingsAxonAndEachProcessorsLagToMonitoringOnly() throws Exception {
        registerPartner(unique("Cranfield University"));
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        get("/actuator/prometheus", OFFICER).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        // Axon's processor metrics come from the monitors that keep their meters, under Axon's names
        assertThat(axonMetrics).isInstanceOf(ProcessorMetricRegistry.class);
        String handled = "eventProcessor_successCounter_total{payloadType=\"PartnerRegisteredEvent\","
                + "processorName=\"partners\"}";
        String scrape = await().atMost(Duration.ofSeconds(10)).until(this::scrape, text -> text.contains(handled));
        Files.writeString(Path.of("target", "prometheus-scrape.txt"), scrape);
        assertThat(scrape)
                .contains("eventProcessor_allTimer_seconds{payloadType=\"PartnerRegisteredEvent\","
                        + "processorName=\"partners\",quantile=\"0.99\"}")
                .contains("eventProcessor_capacity{payloadType=\"PartnerRegisteredEvent\",processorName=\"partners\"}")
                .contains("eventProcessor_latency{processorName=\"partners\"}")
                .contains("lis_processor_lag_events{processor=\"partners\"}")
                .contains("lis_processor_running{processor=\"partners\"} 1.0")
                .contains("lis_processor_error{processor=\"partners\"} 0.0")
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/partners\"");
        get("/actuator/prometheus", ADMIN).expectStatus().isOk();
    }

    /** A scrape outgrows the 64 KiB the service's codecs (and so this client) take for a body. */
    private String scrape() {
        return client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 << 20)).build()
                .get().uri("/actuator/prometheus").header("Authorization", MONITOR).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void theProcessorsAreListedForAdministratorsOnly() {
        String partner = registerPartner(unique("Oxford Brookes University"));
        get("/actuator/processors", MONITOR).expectStatus().isForbidden();
        get("/actuator/processors", OFFICER).expectStatus().isForbidden();
        client.get().uri("/actuator/processors").exchange().expectStatus().isUnauthorized();

        Map<?, ?> listing = get("/actuator/processors", ADMIN).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<?> processors = (List<?>) listing.get("processors");
        assertThat(processors.stream().map(p -> String.valueOf(((Map<?, ?>) p).get("name"))).toList())
                .contains("partners", "partner-names", "partner-contacts", "programmes", "coverage");
        Map<?, ?> partners = (Map<?, ?>) processors.stream()
                .filter(p -> "partners".equals(((Map<?, ?>) p).get("name"))).findFirst().orElseThrow();
        assertThat(partners.get("running")).isEqualTo(true);
        assertThat(((Number) partners.get("head")).longValue())
                .isGreaterThanOrEqualTo(registeredIndex(partner));
        List<?> segments = (List<?>) partners.get("segments");
        assertThat(segments).isNotEmpty().allSatisfy(segment -> assertThat(((Map<?, ?>) segment).get("owner")).isNotNull());

        get("/actuator/processors/partners", ADMIN).expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("partners").jsonPath("$.lag").isNumber();
    }

    @Test
    void aReplayIsRefusedForAnUnknownProcessorAndForAnyoneButAnAdministrator() {
        client.post().uri("/actuator/processors/no-such-thing/replay").header("Authorization", ADMIN).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("No event processor named no-such-thing");
        client.post().uri("/actuator/processors/partners/rewind").header("Authorization", ADMIN).exchange()
                .expectStatus().isNotFound();
        client.post().uri("/actuator/processors/partners/replay").header("Authorization", OFFICER).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/actuator/processors/partners/replay").header("Authorization", BOARD).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/actuator/processors/partners/replay").header("Authorization", MONITOR).exchange()
                .expectStatus().isForbidden();
    }

    private static long registeredIndex(String partnerId) {
        Document event = eventDatabase().getCollection("domainevents")
                .find(Filters.eq("aggregateIdentifier", partnerId)).first();
        return ((Number) event.get("_id")).longValue();
    }
}
