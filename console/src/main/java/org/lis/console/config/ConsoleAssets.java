package org.lis.console.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** The console's own script and styles, beside the webjars Spring Boot already serves under /webjars/. */
@Configuration(proxyBeanMethods = false)
class ConsoleAssets implements WebFluxConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/console-assets/**").addResourceLocations("classpath:/console-assets/");
    }
}
