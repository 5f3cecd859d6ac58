package org.lis.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The OpenAPI document each service serves at /v3/api-docs (UI /swagger-ui.html), titled by
 * {@code lis.openapi.title} (default: the application name), with HTTP Basic as its security.
 */
@AutoConfiguration
public class OpenApiAutoConfiguration {

    static final String BASIC_AUTH = "basicAuth";

    @Bean
    @ConditionalOnMissingBean
    public OpenAPI lisOpenApi(@Value("${lis.openapi.title:${spring.application.name:LIS service}}") String title,
                              @Value("${lis.openapi.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info().title(title).version(version))
                .components(new Components().addSecuritySchemes(BASIC_AUTH,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
    }

    @Bean
    public ProblemResponsesCustomizer problemResponsesCustomizer() {
        return new ProblemResponsesCustomizer();
    }
}
