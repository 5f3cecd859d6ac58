package org.lis.gateway.oidc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lis.support.security.Roles;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a person signed in by the organisation's identity provider becomes a person here
 * ({@code lis.gateway.oidc.*}; the provider itself is Spring's {@code spring.security.oauth2.client.*}).
 *
 * @param rolesClaim        the claim of the ID token (or userinfo) with the person's roles or groups: a name, or a
 *                          dotted path into nested claims such as {@code realm_access.roles}
 * @param roleMapping       which of the provider's role or group names give each of our roles
 *                          ({@code role-mapping.BOARD=lis-board}); a role left out is given for a value that is its
 *                          own name. Not {@code roles.*}: its environment variables would take in {@code roles-claim}
 * @param usernameClaims    the first of these claims the provider sends is who the person is to the services and in
 *                          the audit trail
 * @param passwordForm      whether the password form stays on the sign-in page next to the provider's button
 * @param signOutAtProvider whether signing out here also ends the person's session at the provider
 */
@ConfigurationProperties("lis.gateway.oidc")
public record OidcProperties(String rolesClaim, Map<String, List<String>> roleMapping, List<String> usernameClaims,
                             boolean passwordForm, boolean signOutAtProvider) {

    static final Set<String> OUR_ROLES = Set.of(Roles.OFFICER, Roles.FACILITATOR, Roles.BOARD);

    public OidcProperties {
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        usernameClaims = usernameClaims == null || usernameClaims.isEmpty()
                ? List.of("preferred_username", "email", "sub") : List.copyOf(usernameClaims);
        Map<String, List<String>> named = new TreeMap<>();
        (roleMapping == null ? Map.<String, List<String>>of() : roleMapping).forEach((role, names) -> {
            String ours = role.toUpperCase(Locale.ROOT);
            if (!OUR_ROLES.contains(ours)) {
                throw new IllegalArgumentException("lis.gateway.oidc.role-mapping." + role
                        + " is not one of our roles; use OFFICER, FACILITATOR or BOARD");
            }
            named.put(ours, names == null ? List.of() : List.copyOf(names));
        });
        roleMapping = Map.copyOf(named);
    }
}
