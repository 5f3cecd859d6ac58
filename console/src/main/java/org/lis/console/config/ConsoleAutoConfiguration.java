package org.lis.console.config;

import org.lis.console.ConsolePackage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;

/**
 * The board's console in whichever WebFlux application has this jar: its pages, templates, assets and the
 * client of both services. The host supplies the security (sign-in, sessions, CSRF) and a
 * {@link org.lis.console.client.ServiceAuthorization}; {@code lis.console.enabled=false} leaves it out.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty(prefix = "lis.console", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ConsoleProperties.class)
@ComponentScan(basePackageClasses = ConsolePackage.class)
public class ConsoleAutoConfiguration {
}
