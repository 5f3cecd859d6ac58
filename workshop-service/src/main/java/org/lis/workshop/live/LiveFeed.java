package org.lis.workshop.live;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The in-process stream of attendance and feedback the projections record. Projections run on the
 * pooled processor's worker threads, several at once, so emission is serialised here; subscribers buffer,
 * so a slow screen never holds up a projection.
 */
@Component
public class LiveFeed {

    private final Sinks.Many<LiveUpdate> sink = Sinks.many().multicast().directBestEffort();

    public synchronized void publish(LiveUpdate update) {
        sink.tryEmitNext(update);
    }

    /** How many live streams are open, for operators and for checking that closed screens are released. */
    public int subscribers() {
        return sink.currentSubscriberCount();
    }

    public Flux<LiveUpdate> updates(String workshopId) {
        return sink.asFlux().filter(update -> update.workshopId().equals(workshopId)).onBackpressureBuffer(10_000);
    }
}
