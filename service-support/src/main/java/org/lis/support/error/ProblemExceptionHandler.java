package org.lis.support.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the top of the stack (from controllers, from our filters, from
 * the route lookup: 404, 405, 415) into problem+json. It replaces Spring Boot's error handler,
 * so no error leaves the service in another shape, and controllers never build error responses.
 */
public class ProblemExceptionHandler implements ErrorWebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemMapper mapper;
    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemMapper mapper, ProblemWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ErrorResponse problem = mapper.map(error);
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
        if (problem.getStatusCode().is5xxServerError()) {
            log.error("{} failed with {}", request, problem.getStatusCode(), error);
        } else {
            log.debug("{} answered {}: {}", request, problem.getStatusCode(), problem.getBody().getDetail());
        }
        exchange.getResponse().getHeaders().clear();
        return writer.write(exchange, problem);
    }

    @Override
    public int getOrder() {
        return -2;
    }
}
