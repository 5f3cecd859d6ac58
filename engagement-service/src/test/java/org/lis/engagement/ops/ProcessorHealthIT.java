package org.lis.engagement.ops;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.lis.support.test.TestUsers.ADMIN;
import static org.lis.support.test.TestUsers.OFFICER;

/**
 * Health names a processor that cannot go on: DOWN while an event handler keeps failing on an event (handlers stop
 * on errors here, {@code lis.ops.stop-on-handler-error}), OUT_OF_SERVICE while it is shut down.
 */
@Import(FailingProjection.class)
@TestPropertySource(properties = "lis.ops.stop-on-handler-error=true")
class ProcessorHealthIT extends ApiTestBase {

    @AfterAll
    static void stopRefusing() {
        FailingProjection.refusing = false;
    }

    @Test
    void aProcessorStuckOnAFailingHandlerIsDownByName() {
        registerPartner(unique("Refused Polytechnic"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.status").isEqualTo("DOWN")
                .jsonPath("$.components.processors.status").isEqualTo("DOWN")
                .jsonPath("$.components.processors.components.failing-probe.status").isEqualTo("DOWN")
                .jsonPath("$.components.processors.components.partners.status").isEqualTo("UP"));
        get("/actuator/health", ADMIN).expectBody()
                .jsonPath("$.components.processors.components.failing-probe.details.error")
                .value(error -> org.assertj.core.api.Assertions.assertThat(error.toString())
                        .contains("Cannot take partner Refused Polytechnic"));
        get("/actuator/processors/failing-probe", ADMIN).expectStatus().isOk()
                .expectBody().jsonPath("$.error").isNotEmpty();
    }

    @Test
    void aProcessorShutDownIsOutOfServiceByNameUntilStartedAgain() {
        client.post().uri("/actuator/processors/programmes/stop").header("Authorization", ADMIN).exchange()
                .expectStatus().isAccepted().expectBody().jsonPath("$.running").isEqualTo(false);
        get("/actuator/health", OFFICER).expectBody()
                .jsonPath("$.components.processors.components.programmes.status").isEqualTo("OUT_OF_SERVICE")
                .jsonPath("$.components.processors.components.programmes.details.reason").isEqualTo("shut down");

        client.post().uri("/actuator/processors/programmes/start").header("Authorization", ADMIN).exchange()
                .expectStatus().isAccepted().expectBody().jsonPath("$.running").isEqualTo(true);
        get("/actuator/health", OFFICER).expectBody()
                .jsonPath("$.components.processors.components.programmes.status").isEqualTo("UP");
    }
}
