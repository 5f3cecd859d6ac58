package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.localstack.StackHttp.body;
import static org.lis.localstack.StackHttp.created;
import static org.lis.localstack.StackHttp.expect;
import static org.lis.localstack.StackHttp.get;
import static org.lis.localstack.StackHttp.post;
import static org.lis.localstack.StackHttp.send;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.support.security.RelayProperties;
import org.lis.support.security.RelayTokens;

/**
 * The gateway in front of the real services: it routes each path to its owner and relays who the caller is with
 * a token the services accept; a token the gateway did not sign, or an expired one, the services refuse.
 */
class GatewayStackIT {

    private static final String PARTNER = """
            {"name":"Westcott Venture Park","type":"BUSINESS","sectors":["space"],
             "themes":["MOBILITY"],"district":"Aylesbury Vale","keyPartner":false}""";

    @TempDir
    Path dataFolder;

    @Test
    void relaysTheCallerToTheServiceThatOwnsThePath() throws Exception {
        LocalStackSettings settings = new LocalStackSettings(dataFolder.resolve("mongo.journal"), 0, 0, 0,
                Optional.empty(), false);
        try (RunningStack stack = LocalStack.start(settings)) {
            URI gateway = stack.gatewayBase();
            String partnerId = created(post(gateway, "/api/partners", "officer", PARTNER));
            expect(200, get(gateway, "/api/partners/" + partnerId, "board"));
            expect(403, post(gateway, "/api/partners", "board", PARTNER));
            expect(200, get(gateway, "/api/workshops", "facilitator"));

            String token = body(send(StackHttp.authorised(HttpRequest.newBuilder(gateway.resolve("/auth/token"))
                    .POST(HttpRequest.BodyPublishers.noBody()), "officer"))).path("access_token").asText();
            expect(200, withBearer(gateway, "/api/workshops", token));
            expect(200, withBearer(stack.workshopBase(), "/api/workshops", token));

            String secret = stack.engagement().getEnvironment().getProperty("lis.security.relay.secret");
            String forged = tokens(secret + "-guessed", Instant.now()).mint("officer", List.of("OFFICER"),
                    Duration.ofMinutes(5));
            expect(401, withBearer(stack.engagementBase(), "/api/partners/" + partnerId, forged));
            String expired = tokens(secret, Instant.now().minus(Duration.ofMinutes(10))).mint("officer",
                    List.of("OFFICER"), Duration.ofMinutes(5));
            expect(401, withBearer(stack.engagementBase(), "/api/partners/" + partnerId, expired));
            assertThat(withBearer(gateway, "/api/partners/" + partnerId, expired).statusCode()).isEqualTo(401);
        }
    }

    private static RelayTokens tokens(String secret, Instant now) {
        return new RelayTokens(new RelayProperties(secret, null, null), "roles", Clock.fixed(now, ZoneOffset.UTC));
    }

    private static HttpResponse<String> withBearer(URI base, String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET());
    }
}
