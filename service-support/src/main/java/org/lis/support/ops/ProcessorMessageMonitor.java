package org.lis.support.ops;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.axonframework.micrometer.TagsUtil.PAYLOAD_TYPE_TAG;
import static org.axonframework.micrometer.TagsUtil.PROCESSOR_NAME_TAG;

/**
 * An event processor's metrics with the names, tags and meaning of axon-micrometer's dimensional ones
 * ({@code eventProcessor.*}, tagged by payload type and processor), so dashboards read them as before. Axon's
 * monitors look every meter up in the registry at every event, ten look-ups a message; these look up a payload
 * type's meters once and keep them. A replay handles every event of the store, so the look-ups were 6 % of its
 * CPU samples.
 */
final class ProcessorMessageMonitor implements MessageMonitor<EventMessage<?>> {

    static final String PREFIX = "eventProcessor";
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final String processor;
    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicLong latency = new AtomicLong();
    private final Map<Class<?>, PayloadMeters> meters = new ConcurrentHashMap<>();

    ProcessorMessageMonitor(String processor, MeterRegistry registry) {
        this.processor = processor;
        this.registry = registry;
        this.clock = registry.config().clock();
        Gauge.builder(PREFIX + ".latency", latency, AtomicLong::get)
                .tags(PROCESSOR_NAME_TAG, processor)
                .register(registry);
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        latency.set(clock.wallTime() - message.getTimestamp().toEpochMilli());
        PayloadMeters payload = meters.computeIfAbsent(message.getPayloadType(), this::register);
        payload.ingested().increment();
        long start = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                long took = payload.took(start);
                payload.success().record(took, TimeUnit.NANOSECONDS);
                payload.processed().increment();
                payload.succeeded().increment();
            }

            @Override
            public void reportFailure(Throwable cause) {
                long took = payload.took(start);
                payload.failure().record(took, TimeUnit.NANOSECONDS);
                payload.processed().increment();
                payload.failed().increment();
            }

            @Override
            public void reportIgnored() {
                long took = payload.took(start);
                payload.ignored().record(took, TimeUnit.NANOSECONDS);
                payload.ignoredCount().increment();
            }
        };
    }

    private PayloadMeters register(Class<?> payloadType) {
        Tags tags = Tags.of(PAYLOAD_TYPE_TAG, payloadType.getSimpleName(), PROCESSOR_NAME_TAG, processor);
        BusyTimeWindow busy = new BusyTimeWindow(clock, WINDOW);
        Gauge.builder(PREFIX + ".capacity", busy, BusyTimeWindow::fraction).tags(tags).register(registry);
        return new PayloadMeters(clock, busy,
                timer("allTimer", tags), timer("successTimer", tags), timer("failureTimer", tags),
                timer("ignoredTimer", tags),
                counter("ingestedCounter", tags), counter("successCounter", tags), counter("failureCounter", tags),
                counter("processedCounter", tags), counter("ignoredCounter", tags));
    }

    /** Configured as Axon's timers are: percentiles published, over ten minutes. */
    private Timer timer(String name, Tags tags) {
        return Timer.builder(PREFIX + "." + name)
                .distributionStatisticExpiry(WINDOW)
                .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                .tags(tags)
                .register(registry);
    }

    private Counter counter(String name, Tags tags) {
        return registry.counter(PREFIX + "." + name, tags);
    }

    private record PayloadMeters(Clock clock, BusyTimeWindow busy, Timer all, Timer success, Timer failure,
                                 Timer ignored, Counter ingested, Counter succeeded, Counter failed,
                                 Counter processed, Counter ignoredCount) {

        /** Time since {@code start}, recorded in the all-messages timer and the busy time. */
        long took(long start) {
            long took = clock.monotonicTime() - start;
            all.record(took, TimeUnit.NANOSECONDS);
            busy.add(took);
            return took;
        }
    }
}
