package org.lis.gateway.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderRolesTest {

    @Test
    void takesOurOwnRoleNamesAsTheyComeWhereNothingIsMapped() {
        // Entra ID: app roles named like ours, in "roles"
        ProviderRoles roles = new ProviderRoles("roles", Map.of());
        assertThat(roles.of(Map.of("roles", List.of("BOARD", "Directory.Reader", "OFFICER"))))
                .containsExactly("BOARD", "OFFICER");
    }

    @Test
    void mapsTheProvidersNamesToOursAndOnlyThose() {
        ProviderRoles roles = new ProviderRoles("groups", Map.of("OFFICER", List.of("engagement-officers"),
                "FACILITATOR", List.of("facilitators", "workshop-leads")));
        assertThat(roles.of(Map.of("groups", List.of("workshop-leads", "engagement-officers", "everyone"))))
                .containsExactly("FACILITATOR", "OFFICER");
        assertThat(roles.of(Map.of("groups", List.of("OFFICER")))).as("a mapped role is not also taken by its name")
                .isEmpty();
        assertThat(roles.of(Map.of("groups", List.of("BOARD")))).as("an unmapped role still is").containsExactly("BOARD");
    }

    @Test
    void oneProviderNameMayGiveTwoOfOurRoles() {
        ProviderRoles roles = new ProviderRoles("roles", Map.of("OFFICER", List.of("lis-lead"),
                "BOARD", List.of("lis-lead")));
        assertThat(roles.of(Map.of("roles", List.of("lis-lead")))).containsExactly("BOARD", "OFFICER");
    }

    @Test
    void readsANestedClaimByItsPath() {
        // Keycloak: realm roles in realm_access.roles
        ProviderRoles roles = new ProviderRoles("realm_access.roles", Map.of("BOARD", List.of("lis-board")));
        assertThat(roles.of(Map.of("realm_access", Map.of("roles", List.of("offline_access", "lis-board")))))
                .containsExactly("BOARD");
        assertThat(roles.of(Map.of("realm_access", "not an object"))).isEmpty();
        assertThat(roles.of(Map.of("resource_access", Map.of()))).isEmpty();
    }

    @Test
    void readsAClaimWhoseNameHasDotsByItsWholeName() {
        ProviderRoles roles = new ProviderRoles("https://council.example/roles", Map.of());
        assertThat(roles.of(Map.of("https://council.example/roles", List.of("OFFICER")))).containsExactly("OFFICER");
    }

    @Test
    void takesASingleRoleSentOnItsOwn() {
        ProviderRoles roles = new ProviderRoles("role", Map.of());
        assertThat(roles.of(Map.of("role", "FACILITATOR"))).containsExactly("FACILITATOR");
    }

    @Test
    void givesNoRolesWithoutTheClaim() {
        assertThat(new ProviderRoles("roles", Map.of()).of(Map.of("sub", "someone"))).isEmpty();
    }
}
