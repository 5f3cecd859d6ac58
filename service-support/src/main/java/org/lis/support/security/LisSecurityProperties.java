package org.lis.support.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may log in with HTTP Basic: {@code lis.security.users[n].username / password / roles}.
 * Passwords are bcrypt hashes ({@code {bcrypt}$2a$...}, or a bare {@code $2a$...}) or, for local
 * and demo runs only, {@code {noop}plain}. With neither users nor a JWT issuer configured, the
 * local/demo users officer/officer, facilitator/facilitator, board/board, monitor/monitor (MONITORING) and
 * admin/admin (ADMIN) exist (a warning says so
 * at start-up); any other deployment sets its own
 * list (e.g. {@code LIS_SECURITY_USERS_0_USERNAME}, {@code LIS_SECURITY_USERS_0_PASSWORD},
 * {@code LIS_SECURITY_USERS_0_ROLES}) or a JWT issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), whose tokens carry a
 * {@code roles} claim ({@code rolesClaim}).
 */
@ConfigurationProperties("lis.security")
public record LisSecurityProperties(List<User> users, String rolesClaim) {

    public record User(String username, String password, List<String> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    public LisSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
    }

    static List<User> localUsers() {
        return List.of(
                new User("officer", "{noop}officer", List.of(Roles.OFFICER)),
                new User("facilitator", "{noop}facilitator", List.of(Roles.FACILITATOR)),
                new User("board", "{noop}board", List.of(Roles.BOARD)),
                new User("monitor", "{noop}monitor", List.of(Roles.MONITORING)),
                new User("admin", "{noop}admin", List.of(Roles.ADMIN)));
    }
}
