package org.lis.support.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one place that decides what an exception means over HTTP. Business rules arrive as
 * {@link DomainException} and map by their code's kind; everything else is infrastructure. The
 * answer is Spring's {@link ErrorResponse}: the status, the headers that go with it (Retry-After,
 * WWW-Authenticate, Allow) and a {@link org.springframework.http.ProblemDetail} body, whose extra
 * members are {@code code} and {@code errors} (a list of {@link FieldError}).
 */
public class ProblemMapper {

    /** Seconds a client should wait before retrying when the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";
    /** The problem member listing the invalid inputs. */
    public static final String ERRORS = "errors";

    public ErrorResponse map(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof DomainException domain) {
            return domain(domain);
        }
        if (e instanceof WebExchangeBindException bind) {
            return invalid(e, "The request has invalid fields", bind.getFieldErrors().stream()
                    .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList());
        }
        if (e instanceof HandlerMethodValidationException validation) {
            return invalid(e, "The request has invalid parameters", validation.getParameterValidationResults()
                    .stream().flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldError(
                            r.getMethodParameter().getParameterName(), err.getDefaultMessage()))).toList());
        }
        if (causedBy(e, DataBufferLimitException.class) != null) {
            return problem(e, HttpStatus.PAYLOAD_TOO_LARGE, "Payload Too Large", "The request body is over 64 KiB").build();
        }
        if (e instanceof ServerWebInputException input) {
            return input(input);
        }
        if (e instanceof AuthenticationException unauthenticated) {
            return unauthorized(unauthenticated);
        }
        if (e instanceof AccessDeniedException denied) {
            return forbidden(denied);
        }
        if (e instanceof AggregateNotFoundException notFound) {
            return problem(e, HttpStatus.NOT_FOUND, "Not Found", "No resource with id " + notFound.getAggregateIdentifier())
                    .build();
        }
        if (e instanceof ConflictingAggregateVersionException stale) {
            return problem(e, HttpStatus.PRECONDITION_FAILED, "Precondition Failed",
                    "The resource is at version " + stale.getActualVersion() + ", not " + stale.getExpectedVersion()
                            + " as If-Match says; read it again and retry")
                    .property("currentVersion", stale.getActualVersion())
                    .build();
        }
        if (e instanceof ConcurrencyException) {
            return problem(e, HttpStatus.CONFLICT, "Conflict",
                    "The resource was changed concurrently or already exists; read it again and retry").build();
        }
        if (isDatabaseUnreachable(e)) {
            return unavailable(e, "The database is unreachable; retry later");
        }
        if (e instanceof TimeoutException) {
            return unavailable(e, "The request took too long; retry later");
        }
        if (e instanceof ErrorResponse response) {
            return errorResponse(e, response);
        }
        return problem(e, HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "Something went wrong on our side; it has been logged").build();
    }

    public static ErrorResponse unauthorized(AuthenticationException e) {
        return problem(e, HttpStatus.UNAUTHORIZED, "Unauthorized", "Valid credentials are required")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"lis\"")
                .build();
    }

    public static ErrorResponse forbidden(AccessDeniedException e) {
        return problem(e, HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this").build();
    }

    private static ErrorResponse domain(DomainException e) {
        HttpStatus status = switch (e.code().kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ErrorResponse.Builder problem = problem(e, status, status.getReasonPhrase(), e.detail())
                .type(URI.create("urn:lis:problem:" + e.code().name()))
                .property("code", e.code().name());
        if (e.field() != null) {
            problem.property(ERRORS, List.of(new FieldError(e.field(), e.detail())));
        }
        return problem.build();
    }

    private static ErrorResponse input(ServerWebInputException e) {
        JsonProcessingException json = causedBy(e, JsonProcessingException.class);
        if (json != null) {
            return invalid(e, "The request body could not be read", List.of(JsonInputErrors.describe(json)));
        }
        TypeMismatchException mismatch = causedBy(e, TypeMismatchException.class);
        String parameter = e.getMethodParameter() != null ? e.getMethodParameter().getParameterName() : null;
        if (mismatch != null) {
            String field = parameter != null ? parameter : mismatch.getPropertyName();
            return invalid(e, "The request has invalid parameters", List.of(new FieldError(field,
                    "must be a " + (mismatch.getRequiredType() == null ? "valid value"
                            : mismatch.getRequiredType().getSimpleName()) + ", got " + mismatch.getValue())));
        }
        if (isMissingBody(e)) {
            return invalid(e, "The request body is missing", List.of(new FieldError(JsonInputErrors.BODY, "is required")));
        }
        String reason = e.getReason() == null ? "The request is not valid" : e.getReason();
        return invalid(e, reason, List.of(new FieldError(parameter == null ? JsonInputErrors.BODY : parameter, reason)));
    }

    /**
     * A required body that was not sent: Spring reports it for the {@code @RequestBody} parameter with
     * a decoding error of its own, which, unlike a body that could not be read, has no codec error under it.
     */
    private static boolean isMissingBody(ServerWebInputException e) {
        MethodParameter parameter = e.getMethodParameter();
        RequestBody body = parameter == null ? null : parameter.getParameterAnnotation(RequestBody.class);
        return body != null && body.required()
                && e.getCause() instanceof DecodingException decoding && decoding.getCause() == null;
    }

    private static ErrorResponse invalid(Throwable e, String detail, List<FieldError> errors) {
        return problem(e, HttpStatus.BAD_REQUEST, "Bad Request", detail).property(ERRORS, errors).build();
    }

    private static ErrorResponse unavailable(Throwable e, String detail) {
        return problem(e, HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", detail)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private static ErrorResponse errorResponse(Throwable e, ErrorResponse response) {
        HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
        String title = status != null ? status.getReasonPhrase() : "Error";
        String detail = response.getBody().getDetail() != null ? response.getBody().getDetail() : title;
        return problem(e, response.getStatusCode(), title, detail)
                .headers(headers -> headers.addAll(response.getHeaders()))
                .build();
    }

    /** The status, title and detail every problem has; {@code type} stays {@code about:blank} unless set. */
    private static ErrorResponse.Builder problem(Throwable e, HttpStatusCode status, String title, String detail) {
        return ErrorResponse.builder(e, status, detail).title(title);
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
