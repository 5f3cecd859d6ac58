package org.lis.console.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One service called as the person signed in: JSON maps the templates read by field name (the contract is
 * API.md), a refusal as a {@link ServiceProblem} in the service's own words.
 */
final class ServiceClient {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    /** The page size lists are read in: the API's own maximum. */
    static final int PAGE = 500;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final WebClient web;
    private final ServiceAuthorization authorization;

    /** {@code authorization} null: requests go without one. */
    ServiceClient(WebClient.Builder builder, String baseUrl, ServiceAuthorization authorization) {
        this.web = builder.clone().baseUrl(baseUrl).build();
        this.authorization = authorization;
    }

    /** The person's Authorization header; none where the caller is an invitee whose link is the credential. */
    private Mono<Optional<String>> authorization() {
        return authorization == null ? Mono.just(Optional.empty()) : authorization.header().map(Optional::of);
    }

    Mono<Map<String, Object>> get(Function<UriBuilder, URI> uri) {
        return authorization().flatMap(auth -> web.get().uri(uri)
                .headers(headers -> auth.ifPresent(value -> headers.set(HttpHeaders.AUTHORIZATION, value))).accept(MediaType.APPLICATION_JSON)
                .retrieve().onStatus(HttpStatusCode::isError, ServiceClient::problem)
                .bodyToMono(JSON).timeout(TIMEOUT));
    }

    /** A body in a form other than JSON (the CSV), as the service wrote it. */
    Mono<String> text(Function<UriBuilder, URI> uri, MediaType type) {
        return authorization().flatMap(auth -> web.get().uri(uri)
                .headers(headers -> auth.ifPresent(value -> headers.set(HttpHeaders.AUTHORIZATION, value))).accept(type)
                .retrieve().onStatus(HttpStatusCode::isError, ServiceClient::problem)
                .bodyToMono(String.class).timeout(TIMEOUT));
    }

    /** A command: the JSON body sent, the service's answer ({@code {id, version}}) back; empty for a 204. */
    Mono<Map<String, Object>> send(HttpMethod method, Function<UriBuilder, URI> uri, Object body) {
        return send(method, uri, body, null);
    }

    /** A command on the version the person saw ({@code If-Match}): a change since is refused with 412. */
    Mono<Map<String, Object>> send(HttpMethod method, Function<UriBuilder, URI> uri, Object body, Long version) {
        return authorization().flatMap(auth -> {
            WebClient.RequestBodySpec request = web.method(method).uri(uri).accept(MediaType.APPLICATION_JSON);
            auth.ifPresent(value -> request.header(HttpHeaders.AUTHORIZATION, value));
            if (version != null) {
                request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
            }
            WebClient.RequestHeadersSpec<?> withBody = body == null ? request
                    : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
            return withBody.retrieve().onStatus(HttpStatusCode::isError, ServiceClient::problem)
                    .bodyToMono(JSON).timeout(TIMEOUT);
        });
    }

    /**
     * Every item of a list, page after page: a register of thousands of partners is shown whole. {@code list}
     * gives the list's path and filters; the pages are added here.
     */
    Mono<List<Map<String, Object>>> all(Function<UriBuilder, UriBuilder> list, Object... variables) {
        IntFunction<Function<UriBuilder, URI>> pageUri = page -> uri -> list.apply(uri)
                .queryParam("page", page).queryParam("size", PAGE).build(variables);
        return get(pageUri.apply(0)).flatMap(first -> {
            long total = ((Number) first.getOrDefault("total", 0)).longValue();
            int pages = (int) Math.min((total + PAGE - 1) / PAGE, Integer.MAX_VALUE);
            return Flux.range(1, Math.max(0, pages - 1))
                    .concatMap(page -> get(pageUri.apply(page)).map(ServiceClient::items))
                    .collectList()
                    .map(rest -> {
                        List<Map<String, Object>> whole = new ArrayList<>(items(first));
                        rest.forEach(whole::addAll);
                        return whole;
                    });
        });
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.getOrDefault("items", List.of());
    }

    static Mono<? extends Throwable> problem(ClientResponse response) {
        int status = response.statusCode().value();
        return response.bodyToMono(JSON).onErrorResume(e -> Mono.empty()).defaultIfEmpty(Map.of())
                .map(body -> ServiceProblem.of(status, body));
    }
}
