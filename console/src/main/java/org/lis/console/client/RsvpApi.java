package org.lis.console.client;

import java.util.Map;
import org.lis.console.config.ConsoleProperties;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The workshop service's personal RSVP links, as an invitee uses them: with no sign-in, the token being the
 * credential, so no Authorization is sent. Errors are {@link ServiceProblem}s with the service's code.
 */
@Component
public class RsvpApi {

    private final ServiceClient service;

    public RsvpApi(WebClient.Builder builder, ConsoleProperties properties) {
        this.service = new ServiceClient(builder, properties.workshopUrl(), null);
    }

    /** What the link is for: the workshop, the organisation invited, its answer so far, whether it can be used. */
    public Mono<Map<String, Object>> link(String token) {
        return service.get(uri -> uri.path("/api/rsvp/{token}").build(token));
    }

    public Mono<Map<String, Object>> answer(String token, String response) {
        return service.send(HttpMethod.POST, uri -> uri.path("/api/rsvp/{token}").build(token),
                Map.of("response", response));
    }
}
