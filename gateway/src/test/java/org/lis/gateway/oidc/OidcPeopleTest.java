package org.lis.gateway.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

class OidcPeopleTest {

    private final OidcPeople people = new OidcPeople(new OidcProperties(null, null, null, false, false));

    @Test
    void namesThePersonByTheirPreferredUsernameAndGivesOnlyOurRoles() {
        OidcUser person = people.person(signedIn(Map.of("preferred_username", "a.khan@council.example",
                "email", "ana@council.example", "roles", List.of("BOARD", "Reader"))));
        assertThat(person.getName()).isEqualTo("a.khan@council.example");
        assertThat(person.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_BOARD");
    }

    @Test
    void fallsBackToTheEmailAndThenTheSubject() {
        assertThat(people.person(signedIn(Map.of("email", "ana@council.example"))).getName())
                .isEqualTo("ana@council.example");
        assertThat(people.person(signedIn(Map.of("preferred_username", " "))).getName()).isEqualTo("3f1c-77");
    }

    @Test
    void signsInSomeoneWithNoneOfOurRolesWithNoRolesAtAll() {
        OidcUser person = people.person(signedIn(Map.of("preferred_username", "t.cole", "roles", List.of("Reader"))));
        assertThat(person.getName()).isEqualTo("t.cole");
        assertThat(person.getAuthorities()).isEmpty();
    }

    /** As Spring's user service hands the person over: the provider's claims, the authorities Spring made up. */
    private static OidcUser signedIn(Map<String, Object> claims) {
        Map<String, Object> all = new LinkedHashMap<>(claims);
        all.put("sub", "3f1c-77");
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), all);
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token, "sub");
    }
}
