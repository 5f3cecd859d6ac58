package org.lis.workshop.live;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The room screens' live streams: how many are open, for operators and for checking that closed screens are
 * released, and their end when the service begins to stop. A stream never ends by itself, so an open screen
 * would otherwise hold the graceful shutdown for its whole timeout (30 s); a screen whose stream ends reconnects,
 * to another instance or to this one once restarted. Stopped before the web server, as a lifecycle of the default
 * phase.
 */
@Component
public class LiveScreens implements SmartLifecycle {

    private final AtomicInteger open = new AtomicInteger();
    private volatile Sinks.Empty<Void> stopping = Sinks.empty();
    private volatile boolean running;

    public int open() {
        return open.get();
    }

    void opened() {
        open.incrementAndGet();
    }

    void closed() {
        open.decrementAndGet();
    }

    /** Completes when the service begins to stop, or at once for a stream opened after that. */
    Mono<Void> stopping() {
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
