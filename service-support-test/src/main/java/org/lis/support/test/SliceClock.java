package org.lis.support.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The clock of a {@link WebSliceTest} that names its {@code now}. */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(SliceClock.PREFIX + ".now")
class SliceClock {

    static final String PREFIX = "lis.test.web-slice";

    @Bean
    Clock clock(@Value("${" + PREFIX + ".now}") String now) {
        return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    }
}
