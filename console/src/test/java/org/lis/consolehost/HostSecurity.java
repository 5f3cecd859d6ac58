package org.lis.consolehost;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;

import java.net.URI;

/** Sign-in at /sign-in with the demo users, CSRF on every form, sign-out by POST to /sign-out. */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class HostSecurity {

    @Bean
    SecurityWebFilterChain hostChain(ServerHttpSecurity http) {
        RedirectServerLogoutSuccessHandler signedOut = new RedirectServerLogoutSuccessHandler();
        signedOut.setLogoutSuccessUrl(URI.create("/sign-in?signed-out"));
        return http
                .authorizeExchange(a -> a.pathMatchers("/sign-in", "/webjars/**", "/console-assets/**").permitAll()
                        .anyExchange().authenticated())
                .formLogin(f -> f.loginPage("/sign-in"))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessHandler(signedOut))
                .build();
    }

    @Bean
    MapReactiveUserDetailsService demoUsers() {
        return new MapReactiveUserDetailsService(user("officer", "OFFICER"), user("facilitator", "FACILITATOR"),
                user("board", "BOARD"));
    }

    private static org.springframework.security.core.userdetails.UserDetails user(String name, String role) {
        return User.withUsername(name).password("{noop}" + name).roles(role).build();
    }
}
