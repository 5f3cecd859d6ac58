package org.lis.support.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lis.support.error.FieldError;
import org.lis.support.error.ProblemMapper;
import org.lis.support.error.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses, before anything else runs, a path with an encoded slash,
 * backslash, semicolon, period or percent, a NUL or a line break ({@code /api/partners/..%2fenv},
 * {@code /api/workshops/a%00b}), and an HTTP method it does not know. Its own answer is a 400 with no
 * body; this one is problem+json and names the path variable at fault when the path matches an
 * endpoint ({@code partnerId}), else {@code path}.
 */
class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExchangeRejectedHandler.class);

    /** The characters ids and codes are made of; a variable with others is the one the firewall refused. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_~-]+(\\.[A-Za-z0-9_~-]+)*");
    private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_~.-]*)*");
    private static final String MESSAGE = "must not contain an encoded '/', '\\', ';', '.' or '%', a control "
            + "character or a line break";

    private final ProblemWriter writer;
    private final RequestMappingHandlerMapping handlerMapping;

    ProblemExchangeRejectedHandler(ProblemWriter writer, RequestMappingHandlerMapping handlerMapping) {
        this.writer = writer;
        this.handlerMapping = handlerMapping;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        log.debug("{} {} refused by the firewall: {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), rejected.getMessage());
        if (exchange.getResponse().isCommitted()) {
            return Mono.empty();
        }
        return fieldAtFault(exchange)
                .map(field -> {
                    ProblemDetail problem = badRequest("The request path " + MESSAGE);
                    problem.setProperty(ProblemMapper.ERRORS, List.of(new FieldError(field, MESSAGE)));
                    return problem;
                })
                .defaultIfEmpty(badRequest(rejected.getMessage()))
                .flatMap(problem -> writer.write(exchange, problem));
    }

    private static ProblemDetail badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad Request");
        return problem;
    }

    /** The path variable whose value is not plain, {@code path} when no endpoint matches, empty when the path is plain. */
    private Mono<String> fieldAtFault(ServerWebExchange exchange) {
        String rawPath = exchange.getRequest().getPath().value();
        if (PLAIN_PATH.matcher(rawPath).matches() && !rawPath.contains("//")) {
            return Mono.empty();
        }
        return handlerMapping.getHandler(exchange)
                .onErrorResume(e -> Mono.empty())
                .flatMap(handler -> Mono.justOrEmpty(notPlainVariable(exchange)))
                .defaultIfEmpty("path");
    }

    private static Optional<String> notPlainVariable(ServerWebExchange exchange) {
        Map<String, String> variables = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return Optional.empty();
        }
        return variables.entrySet().stream()
                .filter(variable -> !PLAIN.matcher(variable.getValue()).matches())
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
