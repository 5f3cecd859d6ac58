package org.lis.support.web;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.lis.support.error.FieldError;
import org.lis.support.error.ProblemMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** What is wrong with a request that could not be parsed, as the problem its client gets. */
final class UnparsableRequests {

    /** What Spring puts before the request-target to make the request's URI. */
    private static final String ORIGIN = "http://localhost";

    private UnparsableRequests() {
    }

    static ProblemDetail decodingFailure(Throwable cause, long maxHeaderBytes) {
        if (cause instanceof TooLongHttpHeaderException) {
            return problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request Header Fields Too Large",
                    "The request's header fields are over " + maxHeaderBytes + " bytes in all");
        }
        if (cause instanceof TooLongHttpLineException) {
            return problem(HttpStatus.URI_TOO_LONG, "URI Too Long", "The request line is too long");
        }
        return problem(HttpStatus.BAD_REQUEST, "Bad Request",
                "The request could not be parsed: " + cause.getMessage());
    }

    /**
     * @param target the request-target as sent: a path and query ({@code /a/b?c=d}), or an absolute URI
     * @return the problem when it is no URI (a bad %-escape, a space, {@code {}|\^`"<>}), else null
     */
    static ProblemDetail invalidTarget(String target) {
        boolean originForm = target.startsWith("/");
        try {
            new URI(originForm ? ORIGIN + target : target);
            return null;
        } catch (URISyntaxException e) {
            int index = e.getIndex() < 0 ? 0 : e.getIndex() - (originForm ? ORIGIN.length() : 0);
            String part = partAt(target, index);
            String problem = e.getReason() + " at character " + (index + 1);
            ProblemDetail invalid = problem(HttpStatus.BAD_REQUEST, "Bad Request",
                    "The request-target is not a valid URI: " + problem);
            invalid.setProperty(ProblemMapper.ERRORS, List.of(new FieldError(part, (part.equals("path")
                    ? "is not a valid URI path: " : "is not a valid query parameter: ") + problem)));
            return invalid;
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** "path", or the name of the query parameter the character at {@code index} belongs to. */
    private static String partAt(String target, int index) {
        int query = target.indexOf('?');
        if (query < 0 || index <= query) {
            return "path";
        }
        int start = target.lastIndexOf('&', index - 1) + 1;
        start = Math.max(start, query + 1);
        int end = target.indexOf('&', start);
        String pair = target.substring(start, end < 0 ? target.length() : end);
        int equals = pair.indexOf('=');
        return equals < 0 ? pair : pair.substring(0, equals);
    }
}
