package org.lis.support.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Gives Axon's metrics module (which builds its own registry only when there is none) the registry whose event
 * processor monitors keep their meters. Ordered like Axon's, after the meter registries and before it. Not where
 * Axon is left out (the gateway).
 */
@AutoConfiguration(
        after = {CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class},
        beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
@ConditionalOnClass(name = "org.axonframework.micrometer.GlobalMetricRegistry")
public class ProcessorMonitorsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(GlobalMetricRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    public static GlobalMetricRegistry processorMetricRegistry(MeterRegistry meterRegistry) {
        return new ProcessorMetricRegistry(meterRegistry);
    }
}
