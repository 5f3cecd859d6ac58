package org.lis.support.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Gauges per streaming processor, registered once the processors exist: {@code lis.processor.lag.events} (in
 * Prometheus {@code lis_processor_lag_events{processor="..."}}, global indexes between its lowest segment and the
 * event store's head), {@code lis.processor.position}, and 1/0 for {@code lis.processor.running},
 * {@code lis.processor.error} and {@code lis.processor.replaying}. One scrape reads the head and the token store
 * once, not once per gauge: the states are kept for a second.
 */
class ProcessorMetrics implements ApplicationListener<ApplicationReadyEvent> {

    private static final Duration KEPT_FOR = Duration.ofSeconds(1);

    private final ProcessorStatuses statuses;
    private final ObjectProvider<MeterRegistry> registry;
    private List<ProcessorState> last;
    private long readAt;

    ProcessorMetrics(ProcessorStatuses statuses, ObjectProvider<MeterRegistry> registry) {
        this.statuses = statuses;
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters == null) {
            return;
        }
        for (String name : statuses.names()) {
            gauge(meters, "lis.processor.lag.events", "Events between the processor's position and the event store's head",
                    name, ProcessorState::lag);
            gauge(meters, "lis.processor.position", "Global index every segment of the processor has reached",
                    name, ProcessorState::position);
            gauge(meters, "lis.processor.running", "1 while the processor runs on this instance",
                    name, state -> state.running() ? 1 : 0);
            gauge(meters, "lis.processor.error", "1 while the processor is stuck on an event its handlers fail on",
                    name, state -> state.error() != null ? 1 : 0);
            gauge(meters, "lis.processor.replaying", "1 while the processor replays after a reset",
                    name, state -> state.replaying() ? 1 : 0);
        }
    }

    private void gauge(MeterRegistry meters, String metric, String description, String processor, ToDoubleFunction<ProcessorState> value) {
        Gauge.builder(metric, this, metrics -> metrics.state(processor).map(value::applyAsDouble).orElse(Double.NaN))
                .description(description)
                .tag("processor", processor)
                .register(meters);
    }

    private synchronized Optional<ProcessorState> state(String processor) {
        if (last == null || System.nanoTime() - readAt > KEPT_FOR.toNanos()) {
            last = statuses.all();
            readAt = System.nanoTime();
        }
        return last.stream().filter(state -> state.name().equals(processor)).findFirst();
    }
}
