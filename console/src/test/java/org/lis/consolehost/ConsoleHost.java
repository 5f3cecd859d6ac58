package org.lis.consolehost;

import org.lis.console.client.ServiceAuthorization;
import org.lis.console.config.ConsoleAutoConfiguration;
import org.lis.console.web.CurrentPerson;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.codec.CodecsAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.autoconfigure.web.reactive.HttpHandlerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.reactive.ReactiveWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.reactive.WebFluxAutoConfiguration;
import org.springframework.boot.autoconfigure.web.reactive.error.ErrorWebFluxAutoConfiguration;
import org.springframework.boot.autoconfigure.web.reactive.function.client.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A host for the console in tests, standing in for the gateway: sign-in with the demo users, CSRF, sign-out,
 * and the services called with the signed-in person's Basic credentials (each demo user's password is its name).
 * Only the auto-configurations a web host needs: the services' own (Axon, MongoDB) are on the test classpath too.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
        CodecsAutoConfiguration.class, ReactiveWebServerFactoryAutoConfiguration.class, WebFluxAutoConfiguration.class,
        HttpHandlerAutoConfiguration.class, ErrorWebFluxAutoConfiguration.class, WebClientAutoConfiguration.class,
        ThymeleafAutoConfiguration.class, ConsoleAutoConfiguration.class})
@Import({HostSecurity.class, SignInPage.class, LiveRelay.class})
public class ConsoleHost {

    @Bean
    ServiceAuthorization demoUsersBasic() {
        return () -> CurrentPerson.get().filter(p -> p.signedIn()).map(p -> "Basic " + Base64.getEncoder()
                .encodeToString((p.username() + ":" + p.username()).getBytes(StandardCharsets.UTF_8)));
    }
}
