package org.lis.gateway.oidc;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our roles for a person, read from the claim the identity provider puts their roles or groups in. Values the
 * mapping does not name are ignored: the provider knows many roles and groups, few of them ours.
 */
final class ProviderRoles {

    private final String claim;
    private final Map<String, Set<String>> ours = new HashMap<>();

    ProviderRoles(String claim, Map<String, List<String>> mapping) {
        this.claim = claim;
        for (String role : OidcProperties.OUR_ROLES) {
            for (String name : mapping.getOrDefault(role, List.of(role))) {
                ours.computeIfAbsent(name, key -> new HashSet<>()).add(role);
            }
        }
    }

    String claim() {
        return claim;
    }

    /** OFFICER, FACILITATOR, BOARD: as many as the claim gives, possibly none. */
    Set<String> of(Map<String, Object> claims) {
        Set<String> roles = new TreeSet<>();
        for (Object value : values(find(claims))) {
            roles.addAll(ours.getOrDefault(String.valueOf(value), Set.of()));
        }
        return roles;
    }

    /**
     * The claim by its whole name first, since names may hold dots (namespaced claims such as
     * {@code https://example.org/roles}); otherwise as a path into nested claims ({@code realm_access.roles}).
     */
    private Object find(Map<String, Object> claims) {
        if (claims.containsKey(claim)) {
            return claims.get(claim);
        }
        Object current = claims;
        for (String step : claim.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    /** A list of names, or one name on its own, as some providers send a single role. */
    private static Collection<?> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many;
        }
        return claim instanceof String one ? List.of(one) : List.of();
    }
}
