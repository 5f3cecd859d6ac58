package org.lis.support.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessorMessageMonitorTest {

    record Registered(String partnerId) {
    }

    record Renamed(String partnerId) {
    }

    private final MockClock clock = new MockClock();

    @Test
    void showsTheMetersOfAxonsDimensionalMonitorsWithTheSameCounts() {
        MeterRegistry axons = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MeterRegistry ours = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        feed(monitor(new GlobalMetricRegistry(axons)));
        feed(monitor(new ProcessorMetricRegistry(ours)));

        assertThat(counts(ours)).isEqualTo(counts(axons)).containsEntry(
                "eventProcessor.successCounter{payloadType=Registered,processorName=partners}", 2.0);
        assertThat(counts(ours)).containsEntry(
                "eventProcessor.failureTimer{payloadType=Renamed,processorName=partners}", 1.0);
        assertThat(counts(ours)).containsKey("eventProcessor.latency{processorName=partners}");
    }

    @Test
    void capacityIsTheShareOfTheLastTenMinutesSpentHandling() {
        MeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MessageMonitor<? super EventMessage<?>> monitor = monitor(new ProcessorMetricRegistry(registry));

        var callback = monitor.onMessageIngested(event(new Registered("p-1")));
        clock.add(Duration.ofSeconds(30));
        callback.reportSuccess();
        assertThat(capacity(registry)).isEqualTo(0.05);

        clock.add(Duration.ofMinutes(9));
        assertThat(capacity(registry)).isEqualTo(0.05);
        clock.add(Duration.ofMinutes(1));
        assertThat(capacity(registry)).isZero();
    }

    @Test
    void latencyIsHowLongAgoTheLastEventWasPublished() {
        MeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MessageMonitor<? super EventMessage<?>> monitor = monitor(new ProcessorMetricRegistry(registry));
        clock.add(Duration.ofHours(1));
        Instant published = Instant.ofEpochMilli(clock.wallTime()).minusMillis(1_500);

        monitor.onMessageIngested(event(new Registered("p-1"), published)).reportSuccess();

        assertThat(registry.get("eventProcessor.latency").tag("processorName", "partners").gauge().value())
                .isEqualTo(1_500.0);
    }

    @SuppressWarnings("unchecked")
    private static MessageMonitor<? super EventMessage<?>> monitor(GlobalMetricRegistry registry) {
        return (MessageMonitor<? super EventMessage<?>>) registry
                .registerComponentWithDefaultTags(PooledStreamingEventProcessor.class, "partners");
    }

    /** Two registrations handled, a rename that fails and one that no handler takes. */
    private void feed(MessageMonitor<? super EventMessage<?>> monitor) {
        for (int i = 0; i < 2; i++) {
            var callback = monitor.onMessageIngested(event(new Registered("p-" + i)));
            clock.add(5, TimeUnit.MILLISECONDS);
            callback.reportSuccess();
        }
        monitor.onMessageIngested(event(new Renamed("p-0"))).reportFailure(new IllegalStateException("refused"));
        monitor.onMessageIngested(event(new Renamed("p-1"))).reportIgnored();
    }

    private EventMessage<?> event(Object payload) {
        return event(payload, Instant.ofEpochMilli(clock.wallTime()));
    }

    private static EventMessage<?> event(Object payload, Instant published) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, MetaData.emptyInstance(), published);
    }

    /** Every meter by name and sorted tags, with its count (timers, counters) or 0 (gauges). */
    private static Map<String, Double> counts(MeterRegistry registry) {
        return registry.getMeters().stream().collect(Collectors.toMap(
                meter -> meter.getId().getName() + meter.getId().getTags().stream()
                        .map(Tag::toString).map(tag -> tag.replace("tag(", "").replace(")", ""))
                        .collect(Collectors.joining(",", "{", "}")),
                ProcessorMessageMonitorTest::count, Double::sum, TreeMap::new));
    }

    private static double count(Meter meter) {
        if (meter instanceof io.micrometer.core.instrument.Timer timer) {
            return timer.count();
        }
        if (meter instanceof io.micrometer.core.instrument.Counter counter) {
            return counter.count();
        }
        return 0;
    }

    private static double capacity(MeterRegistry registry) {
        return registry.get("eventProcessor.capacity").tag("payloadType", "Registered").gauge().value();
    }
}
