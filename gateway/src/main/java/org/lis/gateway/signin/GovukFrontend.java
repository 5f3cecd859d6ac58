package org.lis.gateway.signin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * The GOV.UK Frontend webjar: its CSS and JavaScript under {@code /webjars/}, and its fonts and images at
 * {@code /assets/}, where its CSS looks for them.
 */
@Configuration
public class GovukFrontend implements WebFluxConfigurer {

    static final String VERSION = "5.14.0";
    static final String PATH = "/webjars/govuk-frontend/" + VERSION + "/dist/govuk";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources" + PATH + "/assets/");
    }
}
