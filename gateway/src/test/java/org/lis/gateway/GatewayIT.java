package org.lis.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lis.gateway.route.StreamsEndOnStop;
import org.lis.support.test.MongoTestServer;
import org.lis.support.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The gateway over real HTTP, in front of two stub services, with its sessions in the MongoDB-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "lis.security.relay.secret=" + GatewayIT.RELAY_SECRET,
    "lis.security.users[0].username=officer", "lis.security.users[0].password={noop}officer",
    "lis.security.users[0].roles=OFFICER",
    "lis.security.users[1].username=guessed", "lis.security.users[1].password={noop}right",
    "lis.security.users[1].roles=BOARD",
    "lis.security.users[2].username=forgetful", "lis.security.users[2].password={noop}right",
    "lis.security.users[2].roles=BOARD",
    // the address's own limit is covered by FailedSignInsTest; here every test comes from localhost
    "lis.security.throttle.address-failures=1000"})
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayIT {

    static final String RELAY_SECRET = "a-relay-secret-for-the-tests-only-0123456789";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final StubService ENGAGEMENT = new StubService("engagement", RELAY_SECRET);
    private static final StubService WORKSHOP = new StubService("workshop", RELAY_SECRET);
    private static final AtomicInteger PASSWORD_CHECKS = new AtomicInteger();
    private static final Map<String, String> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired
    WebTestClient client;

    @Autowired
    StreamsEndOnStop streams;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MongoTestServer.register(registry);
        registry.add("lis.gateway.engagement-url", ENGAGEMENT::url);
        registry.add("lis.gateway.workshop-url", WORKSHOP::url);
        registry.add("lis.mongodb.database", () -> SHARED.computeIfAbsent("db", k -> "gateway-it-" + System.nanoTime()));
    }

    @AfterAll
    static void stopStubs() {
        ENGAGEMENT.close();
        WORKSHOP.close();
    }

    /** Counts the slow password checks, so a test can see which requests paid for one. */
    @TestConfiguration
    static class CountingPasswords {
        @Bean
        PasswordEncoder passwordEncoder() {
            PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return real.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    PASSWORD_CHECKS.incrementAndGet();
                    return real.matches(raw, encoded);
                }
            };
        }
    }

    /** A second instance in this JVM: it must not take down, when it stops, the network threads the first uses. */
    @TestConfiguration
    static class OwnNettyResources {
        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            ReactorResourceFactory resources = new ReactorResourceFactory();
            resources.setUseGlobalResources(false);
            return resources;
        }
    }

    @Test
    void routesEachApiPathToTheServiceThatOwnsItWithARelayToken() {
        Map<String, Object> partner = get("/api/partners/p1", TestUsers.OFFICER);
        assertThat(partner).containsEntry("service", "engagement").containsEntry("sub", "officer")
                .containsEntry("roles", List.of("OFFICER")).containsEntry("iss", "lis-gateway")
                .containsEntry("basic", "false");
        assertThat(get("/api/programmes/pr1/coverage", TestUsers.OFFICER)).containsEntry("service", "engagement");
        assertThat(get("/api/audit", TestUsers.OFFICER)).containsEntry("service", "engagement");
        assertThat(get("/api/consultations/c1", TestUsers.OFFICER)).containsEntry("service", "engagement");
        assertThat(get("/api/groups", TestUsers.OFFICER)).containsEntry("service", "engagement");
        assertThat(get("/api/groups/g1", TestUsers.OFFICER)).containsEntry("service", "engagement");
        assertThat(get("/api/activities", TestUsers.OFFICER)).containsEntry("service", "engagement");
        assertThat(get("/api/activities/a1", TestUsers.OFFICER)).containsEntry("service", "engagement");
        assertThat(get("/api/hypotheses", TestUsers.OFFICER)).containsEntry("service", "workshop");
        assertThat(get("/api/workshops/w1", TestUsers.OFFICER)).containsEntry("service", "workshop")
                .containsEntry("sub", "officer");
    }

    /** An invitee's personal link is the credential: no sign-in, no relay token, routed to the workshop service. */
    @Test
    void letsAnRsvpLinkThroughWithoutSigningIn() {
        Map<String, Object> link = client.get().uri("/api/rsvp/a-token").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        assertThat(link).containsEntry("service", "workshop").containsEntry("path", "/api/rsvp/a-token")
                .doesNotContainKey("sub");
        client.get().uri("/rsvp/a-token").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().value(status -> assertThat(status).as("a page, not the sign-in").isNotEqualTo(302));
        client.get().uri("/api/rsvp/a-token/more").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void passesAServicesProblemThroughUntouched() {
        client.get().uri("/api/partners/p-missing").header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).isEqualTo(StubService.PROBLEM);
    }

    @Test
    void streamsServerSentEventsThrough() {
        List<String> events = client.get().uri("/api/workshops/w1/live")
                .header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody().collectList().block();
        assertThat(events).containsExactly("{\"tick\":0}", "{\"tick\":1}", "{\"tick\":2}");
    }

    /** An open room screen would otherwise hold the gateway's graceful shutdown for its whole timeout. */
    @Test
    void endsARelayedStreamWhenTheGatewayBeginsToStop() {
        Flux<String> stream = client.get().uri("/api/workshops/endless/live")
                .header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        try {
            StepVerifier.create(stream)
                    .expectNext("{\"tick\":0}", "{\"tick\":1}")
                    .then(streams::stop)
                    .thenConsumeWhile(tick -> tick.startsWith("{\"tick\""))
                    .expectComplete()
                    .verify(Duration.ofSeconds(10));
        } finally {
            streams.start();
        }
        // a response that is not a stream is not cut short, and streams go on once started again
        streamsServerSentEventsThrough();
    }

    @Test
    void answersAnApiCallWithoutCredentialsWithAProblemAndAPageRequestWithTheSignInPage() {
        client.get().uri("/api/partners/p1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
        client.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/sign-in");
        client.get().uri("/api/nobody-owns-this").header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void signsInOnceAndRelaysThePersonWithoutTheirCookie() {
        String session = signIn(client, "officer", "officer");
        Map<String, Object> partner = getWithSession(client, "/api/partners/p1", session);
        assertThat(partner).containsEntry("sub", "officer").containsEntry("roles", List.of("OFFICER"))
                .containsEntry("cookie", "null");
        client.get().uri("/sign-in").cookie("LIS_SESSION", session).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("Signed in as <strong>officer</strong>"));
    }

    @Test
    void setsTheSessionCookieHttpOnlyAndSameSiteLax() {
        ResponseCookie cookie = client.get().uri("/sign-in").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseCookies().getFirst("LIS_SESSION");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        client.post().uri("/sign-in")
                .body(BodyInserters.fromFormData("username", "officer").with("password", "officer"))
                .exchange()
                .expectStatus().isForbidden();
        String session = signIn(client, "officer", "officer");
        client.post().uri("/sign-out").cookie("LIS_SESSION", session).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/api/partners").cookie("LIS_SESSION", session)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void signingOutEndsTheSession() {
        String session = signIn(client, "officer", "officer");
        String csrf = csrfOf(client.get().uri("/sign-in").cookie("LIS_SESSION", session).accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        client.post().uri("/sign-out").cookie("LIS_SESSION", session)
                .body(BodyInserters.fromFormData("_csrf", csrf)).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/sign-in?signed-out");
        client.get().uri("/api/partners/p1").cookie("LIS_SESSION", session).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theSignInPageSaysWhyItIsShownAgain() {
        assertThat(page("/sign-in?error")).contains("Enter a correct username and password");
        assertThat(page("/sign-in?signed-out")).contains("You have been signed out.");
        assertThat(page("/sign-in")).doesNotContain("There is a problem").doesNotContain("You have been signed out.");
    }

    private String page(String path) {
        return client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void aSessionIsAcceptedByAnotherGatewayInstance() {
        String session = signIn(client, "officer", "officer");
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(GatewayApplication.class, OwnNettyResources.class).run(
                "--server.port=0", "--lis.mongodb.uri=" + MongoTestServer.uri(),
                "--lis.mongodb.database=" + SHARED.get("db"),
                "--lis.security.relay.secret=" + RELAY_SECRET,
                "--lis.security.users[0].username=officer", "--lis.security.users[0].password={noop}officer",
                "--lis.security.users[0].roles=OFFICER",
                "--lis.gateway.engagement-url=" + ENGAGEMENT.url(), "--lis.gateway.workshop-url=" + WORKSHOP.url())) {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            WebTestClient other = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
            assertThat(getWithSession(other, "/api/partners/p1", session)).containsEntry("sub", "officer");
        }
    }

    @Test
    void checksABasicPasswordOnceAndAWrongOneEveryTime() {
        int before = PASSWORD_CHECKS.get();
        String forgetful = TestUsers.basic("forgetful", "right");
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/partners/p1", forgetful)).containsEntry("sub", "forgetful");
        }
        assertThat(PASSWORD_CHECKS.get() - before).isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            client.get().uri("/api/partners/p1").header(HttpHeaders.AUTHORIZATION, TestUsers.basic("forgetful", "wrong"))
                    .exchange().expectStatus().isUnauthorized();
        }
        assertThat(PASSWORD_CHECKS.get() - before).isEqualTo(3);
    }

    @Test
    void slowsDownGuessingOneUsersPasswordWithoutLockingOutOthers() {
        String wrong = TestUsers.basic("guessed", "guess");
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/partners/p1").header(HttpHeaders.AUTHORIZATION, wrong)
                    .exchange().expectStatus().isUnauthorized();
        }
        client.get().uri("/api/partners/p1").header(HttpHeaders.AUTHORIZATION, wrong).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value)).isPositive());
        int before = PASSWORD_CHECKS.get();
        client.get().uri("/api/partners/p1").header(HttpHeaders.AUTHORIZATION, TestUsers.basic("guessed", "right"))
                .exchange().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(PASSWORD_CHECKS.get()).as("a locked user's password is not even checked").isEqualTo(before);
        assertThat(get("/api/partners/p1", TestUsers.OFFICER)).containsEntry("sub", "officer");
        client.post().uri("/sign-in").cookie("LIS_SESSION", "none")
                .body(BodyInserters.fromFormData("username", "guessed").with("password", "right")
                        .with("_csrf", "x"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void givesAScriptABearerTokenForItsBasicCredentials() {
        Map<String, Object> token = client.post().uri("/auth/token").header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER)
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        assertThat(token).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
        Map<String, Object> partner = get("/api/partners/p1", "Bearer " + token.get("access_token"));
        assertThat(partner).containsEntry("sub", "officer").containsEntry("roles", List.of("OFFICER"));
        client.get().uri("/api/partners/p1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.get("access_token") + "x")
                .exchange().expectStatus().isUnauthorized();
    }

    private Map<String, Object> get(String path, String authorization) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, authorization).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    private static Map<String, Object> getWithSession(WebTestClient client, String path, String session) {
        return client.get().uri(path).cookie("LIS_SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    /** The form sign-in a browser does: the page (and its CSRF token), then the post; returns the session. */
    static String signIn(WebTestClient client, String username, String password) {
        EntityExchangeResult<String> page = client.get().uri("/sign-in").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        String before = page.getResponseCookies().getFirst("LIS_SESSION").getValue();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        form.add("_csrf", csrfOf(page.getResponseBody()));
        ResponseCookie after = client.post().uri("/sign-in").cookie("LIS_SESSION", before)
                .body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/")
                .returnResult(String.class).getResponseCookies().getFirst("LIS_SESSION");
        assertThat(after).as("a new session id on sign-in").isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before);
        return after.getValue();
    }

    static String csrfOf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the form").isTrue();
        return matcher.group(1);
    }
}
