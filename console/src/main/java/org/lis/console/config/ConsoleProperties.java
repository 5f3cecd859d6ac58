package org.lis.console.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the console finds the two services. */
@ConfigurationProperties("lis.console")
public record ConsoleProperties(@DefaultValue("http://localhost:8081") String engagementUrl,
                                @DefaultValue("http://localhost:8082") String workshopUrl) {
}
