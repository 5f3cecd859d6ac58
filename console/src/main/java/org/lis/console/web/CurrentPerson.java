package org.lis.console.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

import java.util.stream.Collectors;

/** Reads the person from the host's security context; the console never checks a password itself. */
public final class CurrentPerson {

    private static final String ROLE = "ROLE_";

    private CurrentPerson() {
    }

    public static Mono<Person> get() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(Authentication::isAuthenticated)
                .map(CurrentPerson::person)
                .defaultIfEmpty(Person.NOBODY);
    }

    private static Person person(Authentication authentication) {
        return new Person(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a != null && a.startsWith(ROLE))
                .map(a -> a.substring(ROLE.length())).collect(Collectors.toUnmodifiableSet()));
    }
}
