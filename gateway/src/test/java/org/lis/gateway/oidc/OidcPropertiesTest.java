package org.lis.gateway.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcPropertiesTest {

    @Test
    void readsRolesFromTheRolesClaimAndNamesPeopleReadablyUnlessToldOtherwise() {
        OidcProperties defaults = new OidcProperties(null, null, null, false, false);
        assertThat(defaults.rolesClaim()).isEqualTo("roles");
        assertThat(defaults.roles()).isEmpty();
        assertThat(defaults.usernameClaims()).containsExactly("preferred_username", "email", "sub");
    }

    @Test
    void refusesAMappingToARoleWeDoNotHave() {
        assertThatThrownBy(() -> new OidcProperties(null, Map.of("ADMIN", List.of("admins")), null, false, false))
                .hasMessageContaining("lis.gateway.oidc.roles.ADMIN is not one of our roles");
    }

    @Test
    void takesOurRoleNamesInAnyCase() {
        assertThat(new OidcProperties(null, Map.of("board", List.of("lis-board")), null, false, false).roles())
                .containsExactly(Map.entry("BOARD", List.of("lis-board")));
    }
}
