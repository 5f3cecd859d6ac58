package org.lis.localstack;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;

/**
 * What a stack's stop is waiting on, taken once a set time into it: each part's lifecycle beans still running, and
 * the stack of every thread in the code of the stop, the services, Axon or the web servers. A test whose stop runs
 * long puts it in its failure, so a stop that waited out a shutdown timeout on a build machine says why.
 */
final class StopDiagnosis implements AutoCloseable {

    private static final int FRAMES = 12;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stop-diagnosis");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String report = "(none taken: the stop ended sooner)";

    private StopDiagnosis(RunningStack stack, Duration after) {
        timer.schedule(() -> report = take(stack), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Call just before closing the stack; the diagnosis is taken {@code after} that, if the stop still runs. */
    static StopDiagnosis after(Duration after, RunningStack stack) {
        return new StopDiagnosis(stack, after);
    }

    String report() {
        return report;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static String take(RunningStack stack) {
        StringBuilder out = new StringBuilder("\nlifecycle beans still running:");
        running(out, "gateway", stack.gateway());
        running(out, "workshop-service", stack.workshop());
        running(out, "engagement-service", stack.engagement());
        out.append("\nthreads:");
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            if (Arrays.stream(frames).anyMatch(StopDiagnosis::ofInterest)) {
                out.append("\n  ").append(thread.getName()).append(" (").append(thread.getState()).append(')');
                Arrays.stream(frames).limit(FRAMES).forEach(frame -> out.append("\n    at ").append(frame));
            }
        });
        return out.toString();
    }

    private static void running(StringBuilder out, String part, ConfigurableApplicationContext context) {
        if (context == null) {
            return;
        }
        try {
            Map<String, Lifecycle> beans = context.getBeansOfType(Lifecycle.class, false, false);
            out.append("\n  ").append(part).append(": ").append(beans.entrySet().stream()
                    .filter(bean -> bean.getValue().isRunning())
                    .map(Map.Entry::getKey)
                    .collect(Collectors.joining(", ")));
        } catch (RuntimeException e) {
            out.append("\n  ").append(part).append(": not readable (").append(e.getMessage()).append(')');
        }
    }

    private static boolean ofInterest(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.startsWith("org.lis.") || type.startsWith("org.axonframework.")
                || type.startsWith("org.springframework.context.support.DefaultLifecycleProcessor")
                || type.startsWith("org.springframework.boot.web.embedded.netty.GracefulShutdown")
                || type.startsWith("reactor.netty.transport.ServerTransport");
    }
}
