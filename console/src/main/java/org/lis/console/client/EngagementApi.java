package org.lis.console.client;

import org.lis.console.config.ConsoleProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The engagement service's API as the console reads it: answers as JSON maps the templates read by field
 * name (the contract is API.md), errors as {@link ServiceProblem}s.
 */
@Component
public class EngagementApi {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** The page size lists are read in: the API's own maximum. */
    private static final int ALL = 500;

    private final WebClient web;
    private final ServiceAuthorization authorization;

    public EngagementApi(WebClient.Builder builder, ConsoleProperties properties, ServiceAuthorization authorization) {
        this.web = builder.clone().baseUrl(properties.engagementUrl()).build();
        this.authorization = authorization;
    }

    public Mono<List<Map<String, Object>>> programmes() {
        return all(page -> uri -> uri.path("/api/programmes").queryParam("page", page).queryParam("size", ALL).build());
    }

    public Mono<Map<String, Object>> programme(String id) {
        return get(uri -> uri.path("/api/programmes/{id}").build(id));
    }

    public Mono<Map<String, Object>> readiness(String id) {
        return get(uri -> uri.path("/api/programmes/{id}/readiness").build(id));
    }

    public Mono<Map<String, Object>> coverage(String id, AsOf asOf, String groupBy) {
        return get(uri -> asOf.apply(uri.path("/api/programmes/{id}/coverage")).queryParam("groupBy", groupBy).build(id));
    }

    public Mono<Map<String, Object>> trend(String id, AsOf asOf) {
        return get(uri -> uri.path("/api/programmes/{id}/coverage/trend")
                .queryParamIfPresent("recordedBy", Optional.ofNullable(asOf.recordedBy())).build(id));
    }

    public Mono<List<Map<String, Object>>> partnerRows(String id, AsOf asOf) {
        return all(page -> uri -> asOf.apply(uri.path("/api/programmes/{id}/coverage/partners"))
                .queryParam("page", page).queryParam("size", ALL).build(id));
    }

    /** The API's CSV of the same rows, as it wrote it. */
    public Mono<String> partnerRowsCsv(String id, AsOf asOf) {
        return authorization.header().flatMap(auth -> web.get()
                .uri(uri -> asOf.apply(uri.path("/api/programmes/{id}/coverage/partners")).build(id))
                .header(HttpHeaders.AUTHORIZATION, auth).accept(MediaType.parseMediaType("text/csv"))
                .retrieve().onStatus(HttpStatusCode::isError, EngagementApi::problem)
                .bodyToMono(String.class).timeout(TIMEOUT));
    }

    public Mono<Map<String, Object>> partner(String id) {
        return get(uri -> uri.path("/api/partners/{id}").build(id));
    }

    public Mono<List<Map<String, Object>>> partners() {
        return all(page -> uri -> uri.path("/api/partners").queryParam("page", page).queryParam("size", ALL).build());
    }

    public Mono<Map<String, Object>> adopt(String id, String adoptedOn, String overrideReason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("adoptedOn", adoptedOn);
        if (overrideReason != null && !overrideReason.isBlank()) {
            body.put("overrideReason", overrideReason.strip());
        }
        return authorization.header().flatMap(auth -> web.post().uri("/api/programmes/{id}/adoption", id)
                .header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .retrieve().onStatus(HttpStatusCode::isError, EngagementApi::problem)
                .bodyToMono(JSON).timeout(TIMEOUT));
    }

    /**
     * One page of the audit trail as the API pages it, oldest first, with its {@code total}: about one partner,
     * of one event type, between two dates (each may be null).
     */
    public Mono<Map<String, Object>> audit(String partnerId, String type, String from, String to, int page, int size) {
        return get(uri -> uri.path("/api/audit")
                .queryParamIfPresent("partnerId", Optional.ofNullable(partnerId))
                .queryParamIfPresent("type", Optional.ofNullable(type))
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParam("page", page).queryParam("size", size).build());
    }

    private Mono<Map<String, Object>> get(Function<UriBuilder, URI> uri) {
        return authorization.header().flatMap(auth -> web.get().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, auth).accept(MediaType.APPLICATION_JSON)
                .retrieve().onStatus(HttpStatusCode::isError, EngagementApi::problem)
                .bodyToMono(JSON).timeout(TIMEOUT));
    }

    /** Every item of a list, page after page: a register of thousands of partners is shown whole. */
    private Mono<List<Map<String, Object>>> all(IntFunction<Function<UriBuilder, URI>> pageUri) {
        return get(pageUri.apply(0)).flatMap(first -> {
            long total = ((Number) first.getOrDefault("total", 0)).longValue();
            int pages = (int) Math.min((total + ALL - 1) / ALL, Integer.MAX_VALUE);
            return Flux.range(1, Math.max(0, pages - 1))
                    .concatMap(page -> items(get(pageUri.apply(page))))
                    .collectList()
                    .zipWith(items(Mono.just(first)), (rest, firstItems) -> {
                        List<Map<String, Object>> whole = new ArrayList<>(firstItems);
                        rest.forEach(whole::addAll);
                        return whole;
                    });
        });
    }

    @SuppressWarnings("unchecked")
    private static Mono<List<Map<String, Object>>> items(Mono<Map<String, Object>> page) {
        return page.map(p -> (List<Map<String, Object>>) p.getOrDefault("items", List.of()));
    }

    static Mono<? extends Throwable> problem(ClientResponse response) {
        int status = response.statusCode().value();
        return response.bodyToMono(JSON).onErrorResume(e -> Mono.empty()).defaultIfEmpty(Map.of())
                .map(body -> ServiceProblem.of(status, body));
    }
}
