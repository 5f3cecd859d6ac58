package org.lis.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The front door at its limits: a service that is down, a session left idle, and one address guessing the
 * passwords of many users. The engagement service is absent here; the workshop service is a stub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "lis.security.relay.secret=" + GatewayIT.RELAY_SECRET,
    "lis.security.users[0].username=officer", "lis.security.users[0].password={noop}officer",
    "lis.security.users[0].roles=OFFICER",
    "lis.security.users[1].username=board", "lis.security.users[1].password={noop}board",
    "lis.security.users[1].roles=BOARD",
    "lis.gateway.idle-timeout=6s",
    "lis.security.throttle.address-failures=3", "lis.security.throttle.user-failures=1000"})
@AutoConfigureWebTestClient(timeout = "20s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayLimitsIT {

    private static final StubService WORKSHOP = new StubService("workshop", GatewayIT.RELAY_SECRET);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(6);
    private static final int ENGAGEMENT_PORT = closedPort();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MongoTestServer.register(registry);
        registry.add("lis.gateway.engagement-url", () -> "http://localhost:" + ENGAGEMENT_PORT);
        registry.add("lis.gateway.workshop-url", WORKSHOP::url);
        registry.add("lis.mongodb.database", () -> "gateway-limits-it");
    }

    @AfterAll
    static void stopStub() {
        WORKSHOP.close();
    }

    @Test
    void answersAScriptWhoseServiceIsDownWithABadGatewayProblem() {
        client.get().uri("/api/partners/p1").header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER).exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(502)
                .jsonPath("$.detail").isEqualTo("The service that answers this request cannot be reached; try again shortly");
        client.get().uri("/api/hypotheses").header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER).exchange()
                .expectStatus().isOk();
    }

    @Test
    void showsAPersonWhoseServiceIsDownAPageInWords() {
        String session = GatewayIT.signIn(client, "board", "board");
        String page = client.get().uri("/programmes").cookie("LIS_SESSION", session).exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Sorry, there is a problem")
                .contains("The service behind this page cannot be reached; try again shortly")
                .contains("Sign out");
    }

    @Test
    void endsASessionLeftIdleButNotOneInUse() throws InterruptedException {
        GatewayIT.signIn(client, "officer", "officer"); // warmed up: a slow first request must not eat the timeout
        String session = GatewayIT.signIn(client, "officer", "officer");
        Duration pause = IDLE_TIMEOUT.dividedBy(4);
        // in use for longer than the timeout, never idle for as long (a loaded machine's slow request included)
        for (int i = 0; i < 5; i++) {
            Thread.sleep(pause.toMillis());
            client.get().uri("/api/hypotheses").cookie("LIS_SESSION", session).exchange()
                    .expectStatus().isOk();
        }
        Thread.sleep(IDLE_TIMEOUT.plusSeconds(1).toMillis());
        client.get().uri("/api/hypotheses").cookie("LIS_SESSION", session).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/programmes").cookie("LIS_SESSION", session).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/sign-in");
    }

    /** Last: every test signs in from the same address, which this one locks. */
    @Test
    @Order(Integer.MAX_VALUE)
    void locksOutAnAddressThatGuessesAcrossManyUsers() {
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/hypotheses").header(HttpHeaders.AUTHORIZATION, TestUsers.basic("user" + i, "guess"))
                    .exchange().expectStatus().isUnauthorized();
        }
        client.get().uri("/api/hypotheses").header(HttpHeaders.AUTHORIZATION, TestUsers.basic("user3", "guess"))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value)).isPositive());
        client.get().uri("/api/hypotheses").header(HttpHeaders.AUTHORIZATION, TestUsers.basic("board", "board"))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS); // a right password from there waits too
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
