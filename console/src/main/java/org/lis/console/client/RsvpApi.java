package org.lis.console.client;

import java.time.Duration;
import java.util.Map;

import org.lis.console.config.ConsoleProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * The workshop service's personal RSVP links, as an invitee uses them: with no sign-in, the token being the
 * credential, so no Authorization is sent. Errors are {@link ServiceProblem}s with the service's code.
 */
@Component
public class RsvpApi {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final WebClient web;

    public RsvpApi(WebClient.Builder builder, ConsoleProperties properties) {
        this.web = builder.clone().baseUrl(properties.workshopUrl()).build();
    }

    /** What the link is for: the workshop, the organisation invited, its answer so far, whether it can be used. */
    public Mono<Map<String, Object>> link(String token) {
        return web.get().uri("/api/rsvp/{token}", token).accept(MediaType.APPLICATION_JSON)
                .retrieve().onStatus(HttpStatusCode::isError, EngagementApi::problem)
                .bodyToMono(JSON).timeout(TIMEOUT);
    }

    public Mono<Map<String, Object>> answer(String token, String response) {
        return web.post().uri("/api/rsvp/{token}", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("response", response))
                .retrieve().onStatus(HttpStatusCode::isError, EngagementApi::problem)
                .bodyToMono(JSON).timeout(TIMEOUT);
    }
}
