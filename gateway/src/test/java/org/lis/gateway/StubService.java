package org.lis.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lis.support.security.RelayProperties;
import org.lis.support.security.RelayTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A service behind the gateway, reduced to what the gateway must get right: it verifies the relay token the
 * way the services do and answers with who it was for, answers a problem+json of its own, and streams
 * Server-Sent Events.
 */
final class StubService implements AutoCloseable {

    static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No partner p-missing\",\"instance\":\"/api/partners/p-missing\",\"code\":\"PARTNER_NOT_FOUND\"}";

    private final String name;
    private final ReactiveJwtDecoder relayDecoder;
    private final ObjectMapper json = new ObjectMapper();
    private final DisposableServer server;

    StubService(String name, String relaySecret) {
        this.name = name;
        this.relayDecoder = new RelayTokens(new RelayProperties(relaySecret, null, null), "roles", Clock.systemUTC())
                .decoder();
        this.server = HttpServer.create().host("localhost").port(0)
                .route(routes -> routes
                        .get("/api/partners/p-missing", (request, response) -> response.status(404)
                                .header("Content-Type", "application/problem+json")
                                .sendString(Mono.just(PROBLEM)))
                        .get("/api/workshops/endless/live", (request, response) -> response
                                .header("Content-Type", "text/event-stream")
                                .sendString(Flux.interval(Duration.ofMillis(50))
                                        .map(i -> "event: state\ndata: {\"tick\":" + i + "}\n\n")))
                        .get("/api/workshops/{id}/live", (request, response) -> response
                                .header("Content-Type", "text/event-stream")
                                .sendString(Flux.interval(Duration.ofMillis(50)).take(3)
                                        .map(i -> "event: state\ndata: {\"tick\":" + i + "}\n\n")))
                        .route(request -> true, this::echo))
                .bindNow();
    }

    String url() {
        return "http://localhost:" + server.port();
    }

    /** Who the request was for according to its relay token, and what reached this service. */
    private Mono<Void> echo(HttpServerRequest request, HttpServerResponse response) {
        String authorization = request.requestHeaders().get("Authorization");
        Mono<Map<String, Object>> caller = authorization == null || !authorization.startsWith("Bearer ")
                ? Mono.just(Map.of())
                : relayDecoder.decode(authorization.substring(7)).map(StubService::caller)
                        .onErrorResume(e -> Mono.just(Map.of("refused", e.getMessage())));
        return caller.flatMap(who -> {
            Map<String, Object> body = new LinkedHashMap<>(who);
            body.put("service", name);
            body.put("path", request.uri());
            body.put("cookie", String.valueOf(request.requestHeaders().get("Cookie")));
            body.put("basic", String.valueOf(authorization != null && authorization.startsWith("Basic")));
            byte[] bytes;
            try {
                bytes = json.writeValueAsBytes(body);
            } catch (Exception e) {
                return Mono.error(e);
            }
            return response.header("Content-Type", "application/json")
                    .sendString(Mono.just(new String(bytes, StandardCharsets.UTF_8))).then();
        });
    }

    private static Map<String, Object> caller(Jwt jwt) {
        return Map.of("sub", jwt.getSubject(), "roles", jwt.getClaimAsStringList("roles"), "iss", jwt.getClaimAsString("iss"));
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
