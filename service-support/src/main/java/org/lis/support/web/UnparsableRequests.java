package org.lis.support.web;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.lis.support.error.Problem;
import org.lis.support.error.Problem.FieldError;
import org.springframework.http.HttpStatus;

/** What is wrong with a request that could not be parsed, as the problem its client gets. */
final class UnparsableRequests {

    /** What Spring puts before the request-target to make the request's URI. */
    private static final String ORIGIN = "http://localhost";

    private UnparsableRequests() {
    }

    static Problem decodingFailure(Throwable cause, long maxHeaderBytes) {
        if (cause instanceof TooLongHttpHeaderException) {
            return Problem.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request Header Fields Too Large",
                    "The request's header fields are over " + maxHeaderBytes + " bytes in all");
        }
        if (cause instanceof TooLongHttpLineException) {
            return Problem.of(HttpStatus.URI_TOO_LONG, "URI Too Long", "The request line is too long");
        }
        return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request",
                "The request could not be parsed: " + cause.getMessage());
    }

    /**
     * @param target the request-target as sent: a path and query ({@code /a/b?c=d}), or an absolute URI
     * @return the problem when it is no URI (a bad %-escape, a space, {@code {}|\^`"<>}), else null
     */
    static Problem invalidTarget(String target) {
        boolean originForm = target.startsWith("/");
        try {
            new URI(originForm ? ORIGIN + target : target);
            return null;
        } catch (URISyntaxException e) {
            int index = e.getIndex() < 0 ? 0 : e.getIndex() - (originForm ? ORIGIN.length() : 0);
            String part = partAt(target, index);
            String problem = e.getReason() + " at character " + (index + 1);
            return Problem.of(HttpStatus.BAD_REQUEST, "Bad Request", "The request-target is not a valid URI: " + problem)
                    .withErrors(List.of(new FieldError(part, (part.equals("path") ? "is not a valid URI path: "
                            : "is not a valid query parameter: ") + problem)));
        }
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
