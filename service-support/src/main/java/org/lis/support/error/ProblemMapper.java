package org.lis.support.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.lis.support.error.Problem.FieldError;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one place that decides what an exception means over HTTP. Business rules arrive as
 * {@link DomainException} and map by their code's kind; everything else is infrastructure.
 */
public class ProblemMapper {

    /** Seconds a client should wait before retrying when the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";

    public Problem map(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof DomainException domain) {
            return domain(domain);
        }
        if (e instanceof WebExchangeBindException bind) {
            return invalid("The request has invalid fields", bind.getFieldErrors().stream()
                    .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList());
        }
        if (e instanceof HandlerMethodValidationException validation) {
            return invalid("The request has invalid parameters", validation.getParameterValidationResults()
                    .stream().flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldError(
                            r.getMethodParameter().getParameterName(), err.getDefaultMessage()))).toList());
        }
        if (causedBy(e, DataBufferLimitException.class) != null) {
            return Problem.of(HttpStatus.PAYLOAD_TOO_LARGE, "Payload Too Large", "The request body is over 64 KiB");
        }
        if (e instanceof ServerWebInputException input) {
            return input(input);
        }
        if (e instanceof AuthenticationException) {
            return unauthorized();
        }
        if (e instanceof AccessDeniedException) {
            return forbidden();
        }
        if (e instanceof AggregateNotFoundException notFound) {
            return Problem.of(HttpStatus.NOT_FOUND, "Not Found", "No resource with id " + notFound.getAggregateIdentifier());
        }
        if (e instanceof ConflictingAggregateVersionException stale) {
            return Problem.of(HttpStatus.PRECONDITION_FAILED, "Precondition Failed",
                    "The resource is at version " + stale.getActualVersion() + ", not " + stale.getExpectedVersion()
                            + " as If-Match says; read it again and retry")
                    .with("currentVersion", stale.getActualVersion());
        }
        if (e instanceof ConcurrencyException) {
            return Problem.of(HttpStatus.CONFLICT, "Conflict",
                    "The resource was changed concurrently or already exists; read it again and retry");
        }
        if (isDatabaseUnreachable(e)) {
            return unavailable("The database is unreachable; retry later");
        }
        if (e instanceof TimeoutException) {
            return unavailable("The request took too long; retry later");
        }
        if (e instanceof ErrorResponse response) {
            return errorResponse(response);
        }
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "Something went wrong on our side; it has been logged");
    }

    public static Problem unauthorized() {
        return Problem.of(HttpStatus.UNAUTHORIZED, "Unauthorized", "Valid credentials are required")
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"lis\"");
    }

    public static Problem forbidden() {
        return Problem.of(HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this");
    }

    private static Problem domain(DomainException e) {
        HttpStatus status = switch (e.code().kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        Problem problem = Problem.of(status, status.getReasonPhrase(), e.detail())
                .withType("urn:lis:problem:" + e.code().name())
                .with("code", e.code().name());
        return e.field() == null ? problem : problem.withErrors(List.of(new FieldError(e.field(), e.detail())));
    }

    private static Problem input(ServerWebInputException e) {
        JsonProcessingException json = causedBy(e, JsonProcessingException.class);
        if (json != null) {
            return invalid("The request body could not be read", List.of(JsonInputErrors.describe(json)));
        }
        TypeMismatchException mismatch = causedBy(e, TypeMismatchException.class);
        String parameter = e.getMethodParameter() != null ? e.getMethodParameter().getParameterName() : null;
        if (mismatch != null) {
            String field = parameter != null ? parameter : mismatch.getPropertyName();
            return invalid("The request has invalid parameters", List.of(new FieldError(field,
                    "must be a " + (mismatch.getRequiredType() == null ? "valid value"
                            : mismatch.getRequiredType().getSimpleName()) + ", got " + mismatch.getValue())));
        }
        String reason = e.getReason() == null ? "The request is not valid" : e.getReason();
        if (reason.startsWith("No request body")) {
            return invalid("The request body is missing", List.of(new FieldError(JsonInputErrors.BODY, "is required")));
        }
        return invalid(reason, List.of(new FieldError(parameter == null ? JsonInputErrors.BODY : parameter, reason)));
    }

    private static Problem invalid(String detail, List<FieldError> errors) {
        return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", detail).withErrors(errors);
    }

    private static Problem unavailable(String detail) {
        return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", detail)
                .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    private static Problem errorResponse(ErrorResponse response) {
        HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
        String title = status != null ? status.getReasonPhrase() : "Error";
        String detail = response.getBody().getDetail() != null ? response.getBody().getDetail() : title;
        Problem problem = Problem.of(response.getStatusCode(), title, detail);
        problem.headers().addAll(response.getHeaders());
        return problem;
    }

    private static boolean isDatabaseUnreachable(Throwable e) {
        return causedBy(e, MongoTimeoutException.class) != null || causedBy(e, MongoSocketException.class) != null;
    }

    /** The exception a handler threw, without the wrappers of futures and the command bus. */
    public static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof CommandExecutionException)
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
