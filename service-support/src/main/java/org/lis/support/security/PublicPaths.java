package org.lis.support.security;

import java.util.List;

/**
 * Paths of a service that need no sign-in beyond the shared ones (health, API documentation), declared in code by the
 * service that owns them, as a bean: what they allow must be guarded by the endpoint itself (a personal RSVP link's
 * token, for instance).
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths(String... patterns) {
        this(List.of(patterns));
    }
}
