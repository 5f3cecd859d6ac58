package org.lis.console.config;

import org.lis.console.ConsolePackage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The board's console in whichever WebFlux application has this jar: its pages, templates, assets and the
 * client of both services. The host supplies the security (sign-in, sessions, CSRF) and a
 * {@link org.lis.console.client.ServiceAuthorization}; {@code lis.console.enabled=false} leaves it out.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty(prefix = "lis.console", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ConsoleProperties.class)
// its own package is scanned for the pages and the client; this class is already configured as auto-configuration
@ComponentScan(basePackageClasses = ConsolePackage.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = AutoConfiguration.class))
public class ConsoleAutoConfiguration {
}
