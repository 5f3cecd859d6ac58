package org.lis.gateway.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class OidcPropertiesTest {

    @Test
    void readsRolesFromTheRolesClaimAndNamesPeopleReadablyUnlessToldOtherwise() {
        OidcProperties defaults = new OidcProperties(null, null, null, false, false);
        assertThat(defaults.rolesClaim()).isEqualTo("roles");
        assertThat(defaults.roleMapping()).isEmpty();
        assertThat(defaults.usernameClaims()).containsExactly("preferred_username", "email", "sub");
    }

    @Test
    void refusesAMappingToARoleWeDoNotHave() {
        assertThatThrownBy(() -> new OidcProperties(null, Map.of("ADMIN", List.of("admins")), null, false, false))
                .hasMessageContaining("lis.gateway.oidc.role-mapping.ADMIN is not one of our roles");
    }

    @Test
    void canBeSetFromEnvironmentVariables() {
        var environment = new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                "LIS_GATEWAY_OIDC_ROLESCLAIM", "groups",
                "LIS_GATEWAY_OIDC_ROLEMAPPING_OFFICER", "Engagement.Officer,lis-officers",
                "LIS_GATEWAY_OIDC_SIGNOUTATPROVIDER", "true"));
        OidcProperties properties = new Binder(ConfigurationPropertySources.from(environment))
                .bind("lis.gateway.oidc", OidcProperties.class).get();
        assertThat(properties.rolesClaim()).isEqualTo("groups");
        assertThat(properties.roleMapping()).containsExactly(Map.entry("OFFICER", List.of("Engagement.Officer", "lis-officers")));
        assertThat(properties.signOutAtProvider()).isTrue();
    }

    @Test
    void takesOurRoleNamesInAnyCase() {
        assertThat(new OidcProperties(null, Map.of("board", List.of("lis-board")), null, false, false).roleMapping())
                .containsExactly(Map.entry("BOARD", List.of("lis-board")));
    }
}
