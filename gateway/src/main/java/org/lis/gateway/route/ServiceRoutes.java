package org.lis.gateway.route;

import org.lis.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each API path to the service that owns it (API.md); paths no service owns are not forwarded. */
@Configuration
public class ServiceRoutes {

    @Bean
    public RouteLocator apiRoutes(RouteLocatorBuilder routes, GatewayProperties properties) {
        return routes.routes()
                .route("engagement", route -> route
                        .path("/api/partners", "/api/partners/**", "/api/programmes", "/api/programmes/**",
                                "/api/audit", "/api/audit/**", "/api/consultations/**", "/api/activities",
                                "/api/activities/**", "/api/groups", "/api/groups/**")
                        .uri(properties.engagementUrl()))
                .route("workshop", route -> route
                        .path("/api/hypotheses", "/api/hypotheses/**", "/api/workshops", "/api/workshops/**",
                                "/api/rsvp/*")
                        .uri(properties.workshopUrl()))
                .build();
    }
}
