package org.lis.support.web;

import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Tells responses that never end by themselves (streams of server-sent events) that the application is stopping.
 * Such a stream takes until {@link #stopping()}; otherwise one open stream holds the graceful shutdown for its whole
 * timeout (30 s). A lifecycle of the default phase, so stopped before the web server; started again, it signals
 * the next stop.
 */
public abstract class StopSignal implements SmartLifecycle {

    private volatile Sinks.Empty<Void> stopping = Sinks.empty();
    private volatile boolean running;

    /** Completes when the application begins to stop, or at once for what subscribes after that. */
    public Mono<Void> stopping() {
        return Mono.defer(() -> stopping.asMono());
    }

    @Override
    public void start() {
        if (!running) {
            stopping = Sinks.empty();
            running = true;
        }
    }

    @Override
    public void stop() {
        running = false;
        stopping.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
