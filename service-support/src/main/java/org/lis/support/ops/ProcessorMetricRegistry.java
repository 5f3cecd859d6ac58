package org.lis.support.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;

/**
 * Axon's registry of dimensional metrics, but with an event processor's monitor that keeps its meters
 * ({@link ProcessorMessageMonitor}); the buses keep Axon's own, which see one message a command or publication.
 */
public class ProcessorMetricRegistry extends GlobalMetricRegistry {

    public ProcessorMetricRegistry(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? extends Message<?>> registerComponentWithDefaultTags(Class<?> componentType,
                                                                                 String componentName) {
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            return new ProcessorMessageMonitor(componentName, getRegistry());
        }
        return super.registerComponentWithDefaultTags(componentType, componentName);
    }
}
