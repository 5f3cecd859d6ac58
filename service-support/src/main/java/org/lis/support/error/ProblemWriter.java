package org.lis.support.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a {@link ProblemDetail} as application/problem+json, from a filter, a handler or security:
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} (the request's path),
 * then the extra members ({@code code}, {@code errors}) as members of their own.
 */
public class ProblemWriter {

    private final ObjectMapper objectMapper;

    public ProblemWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper.copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    }

    /** The problem with the status and headers that go with it. */
    public Mono<Void> write(ServerWebExchange exchange, ErrorResponse error) {
        return write(exchange, error.getStatusCode(), error.getHeaders(), error.getBody());
    }

    /** A problem that needs no headers of its own. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        return write(exchange, HttpStatusCode.valueOf(problem.getStatus()), HttpHeaders.EMPTY, problem);
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, HttpHeaders headers,
                             ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        problem.setInstance(instance(exchange));
        byte[] body;
        try {
            body = json(problem);
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        response.setStatusCode(status);
        response.getHeaders().addAll(headers);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /** The problem+json body, extra members inline; {@code instance} only when the problem has one. */
    public byte[] json(ProblemDetail problem) throws JsonProcessingException {
        return objectMapper.writeValueAsBytes(problem);
    }

    /** The request's path as it was sent; requests reaching the application have a valid one. */
    private static URI instance(ServerWebExchange exchange) {
        try {
            return URI.create(exchange.getRequest().getPath().value());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
