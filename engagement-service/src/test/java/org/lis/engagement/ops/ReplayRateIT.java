package org.lis.engagement.ops;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lis.engagement.ApiTestBase;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.common.Theme;
import org.lis.support.ops.ProcessorState;
import org.lis.support.ops.ProcessorStatuses;
import org.lis.support.ops.Replays;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * How fast a replay goes: appends {@code lis.replay.events} partner registrations straight into the event store,
 * waits until every processor has caught up with them, then replays the partner list {@code lis.replay.rounds} times
 * (default 3) and prints events per second of each replay and their median, and for each replay the JVM's CPU, how
 * long the collectors' pauses and the JIT compilers took (a first replay compiles much of its path), the memory pages
 * the process touched for the first time (a heap still growing: each costs a fault into the kernel) and the heap
 * committed after it.
 * Not part of the normal build; run with
 * {@code -Dlis.replay.events=100000} (docs/performance.md, Replay).
 */
@EnabledIfSystemProperty(named = "lis.replay.events", matches = "\\d+")
class ReplayRateIT extends ApiTestBase {

    private static final int BATCH = 1_000;

    @Autowired
    EventStore eventStore;
    @Autowired
    Replays replays;
    @Autowired
    ProcessorStatuses statuses;

    @Test
    void replayRate() {
        int events = Integer.getInteger("lis.replay.events");
        PartnerClassification classification = new PartnerClassification(PartnerType.BUSINESS, List.of("ai-research"),
                List.of(Theme.AI_AND_DATA), "Aylesbury Vale", false);
        long appendStarted = System.nanoTime();
        for (int done = 0; done < events; done += BATCH) {
            List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
            for (int i = done; i < Math.min(events, done + BATCH); i++) {
                String id = UUID.randomUUID().toString();
                batch.add(new GenericDomainEventMessage<>("Partner", id, 0,
                        new PartnerRegisteredEvent(id, "Partner " + i, classification, LocalDate.of(2018, 1, 1))));
            }
            eventStore.publish(batch);
        }
        double appendSeconds = (System.nanoTime() - appendStarted) / 1e9;
        // every processor, not only the partner list: one still catching up would share the two cores with the replay
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> statuses.all().stream().allMatch(state -> state.lag() == 0));
        double catchUpSeconds = (System.nanoTime() - appendStarted) / 1e9 - appendSeconds;

        int rounds = Integer.getInteger("lis.replay.rounds", 3);
        List<Double> rates = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long started = System.nanoTime();
            long cpuBefore = processCpuNanos();
            long pausesBefore = collectorMillis();
            long compilingBefore = compilingMillis();
            long faultsBefore = minorFaults();
            ProcessorState reset = replays.replay("partners");
            double resetSeconds = (System.nanoTime() - started) / 1e9;
            long[] firstProgress = {0};
            await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
                // Axon keeps a replay token until an event after the reset arrives: with no writes, "replaying" stays
                // true once every event is replayed, so the replay is over when every segment is back at the head
                ProcessorState state = statuses.of("partners").orElseThrow();
                if (firstProgress[0] == 0 && state.segments().stream().anyMatch(segment -> segment.position() > 0)) {
                    firstProgress[0] = System.nanoTime();
                }
                return state.position() >= reset.head() && state.lag() == 0;
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            rates.add(reset.head() / seconds);
            System.out.printf("REPLAY round %d of %d: replayed %d events in %.1f s: %.0f events/s "
                            + "(reset %.2f s, first stored progress %.2f s after the start; %.1f s of CPU, "
                            + "%.2f of %d cores busy; collections %.2f s, compiling %.1f s; %s; "
                            + "heap %.1f GB committed)%n",
                    round, rounds, reset.head(), seconds, reset.head() / seconds, resetSeconds,
                    (firstProgress[0] - started) / 1e9, cpuSeconds, cpuSeconds / seconds,
                    Runtime.getRuntime().availableProcessors(), (collectorMillis() - pausesBefore) / 1e3,
                    (compilingMillis() - compilingBefore) / 1e3, newPages(faultsBefore),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1e9);
        }
        System.out.printf("REPLAY appended %d events in %.1f s, every processor caught up %.1f s later; "
                        + "replays of the partner list, median of %d: %.0f events/s (batch size %s)%n",
                events, appendSeconds, catchUpSeconds, rounds, median(rates),
                System.getProperty("lis.axon.batch-size", "100"));
    }

    /** CPU time of the whole JVM (the service and the embedded server in it). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Milliseconds the collectors have stopped the application so far, as their beans count it: on Java 17, G1's young
     * and mixed pauses and any full collection, not the concurrent cycle's work beside the application or its short
     * remark and cleanup pauses.
     */
    private static long collectorMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(millis -> millis > 0).sum();
    }

    /**
     * Minor page faults of the process so far (Linux's {@code /proc/self/stat}, its tenth field): mostly pages it
     * touched for the first time, which the kernel had to find and zero. -1 where there is no such file.
     */
    private static long minorFaults() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command's name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[7]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String newPages(long faultsBefore) {
        long faults = minorFaults();
        return faultsBefore < 0 || faults < 0 ? "page faults not known"
                : String.format("%,d page faults", faults - faultsBefore);
    }

    /** Milliseconds the JIT compilers have spent compiling so far, summed over their threads. */
    private static long compilingMillis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() : 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
