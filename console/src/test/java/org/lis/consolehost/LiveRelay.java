package org.lis.consolehost;

import org.lis.console.client.ServiceAuthorization;
import org.lis.console.config.ConsoleProperties;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Stands in for the gateway's route of {@code /api/workshops/{id}/live} to the workshop service, so the room
 * screen's script finds the live stream at the same address as in production: the signed-in person's session
 * opens it, the service gets their credentials, and each event is passed on as it comes.
 */
@RestController
class LiveRelay {

    private final WebClient workshop;
    private final ServiceAuthorization authorization;

    LiveRelay(WebClient.Builder builder, ConsoleProperties properties, ServiceAuthorization authorization) {
        this.workshop = builder.clone().baseUrl(properties.workshopUrl()).build();
        this.authorization = authorization;
    }

    @GetMapping("/api/workshops/{id}/live")
    Mono<Void> live(@PathVariable String id, ServerHttpResponse response) {
        return authorization.header().flatMap(auth -> workshop.get().uri("/api/workshops/{id}/live", id)
                .header(HttpHeaders.AUTHORIZATION, auth).accept(MediaType.TEXT_EVENT_STREAM)
                .exchangeToMono(answer -> {
                    response.setStatusCode(answer.statusCode());
                    response.getHeaders().setContentType(answer.headers().contentType()
                            .orElse(MediaType.TEXT_EVENT_STREAM));
                    return response.writeAndFlushWith(answer.bodyToFlux(DataBuffer.class).map(Mono::just));
                }));
    }
}
