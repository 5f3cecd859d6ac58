package org.lis.support.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;

/** The problems security answers with: 401 inviting Basic, 403, and 429 with Retry-After when throttled. */
public final class SecurityProblems {

    private SecurityProblems() {
    }

    public static ErrorResponse unauthorized(AuthenticationException e) {
        if (e instanceof TooManyFailedSignIns throttled) {
            return ErrorResponse.builder(e, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage())
                    .title("Too Many Requests")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()))
                    .build();
        }
        return ErrorResponse.builder(e, HttpStatus.UNAUTHORIZED, "Valid credentials are required")
                .title("Unauthorized")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"lis\"")
                .build();
    }

    public static ErrorResponse forbidden(AccessDeniedException e) {
        return ErrorResponse.builder(e, HttpStatus.FORBIDDEN, "Your role may not do this").title("Forbidden").build();
    }
}
