package org.lis.workshop.config;

import org.lis.workshop.live.LiveProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(LiveProperties.class)
class WorkshopConfig {
}
