package org.lis.gateway.error;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.lis.support.error.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The gateway's own errors as problem+json, like the services': no route (404), a service that cannot be
 * reached (502) or does not answer in time (504), anything else (500). What a service answers itself passes
 * through untouched and never comes here. Runs before Spring Boot's handler (-1).
 */
@Component
@Order(-2)
public class GatewayProblemHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblemHandler.class);

    private final ProblemWriter writer;

    public GatewayProblemHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = statusOf(error);
        if (status.is5xxServerError()) {
            log.warn("{} {} failed with {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    status.value(), error.toString());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailOf(status, error));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        return writer.write(exchange, problem);
    }

    private static HttpStatusCode statusOf(Throwable error) {
        if (error instanceof ResponseStatusException responseStatus) {
            return responseStatus.getStatusCode();
        }
        if (causedBy(error, ConnectException.class)) {
            return HttpStatus.BAD_GATEWAY;
        }
        if (causedBy(error, TimeoutException.class)) {
            return HttpStatus.GATEWAY_TIMEOUT;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detailOf(HttpStatusCode status, Throwable error) {
        return switch (status.value()) {
            case 404 -> "Nothing is found at this address";
            case 502 -> "The service that answers this request cannot be reached; try again shortly";
            case 504 -> "The service that answers this request did not answer in time";
            case 500 -> "Something went wrong on our side; it has been logged";
            default -> error instanceof ResponseStatusException rse && rse.getReason() != null
                    ? rse.getReason() : HttpStatus.valueOf(status.value()).getReasonPhrase();
        };
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
