package org.lis.workshop.live;

import java.util.HashSet;
import java.util.Set;

import org.lis.workshop.feedback.query.FeedbackView;
import org.lis.workshop.workshop.query.WorkshopQueries;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The screen in the room: a {@code state} event with the attendance and feedback so far, then an
 * {@code attendance} or {@code feedback} event for each one recorded, and a heartbeat comment.
 * Updates are collected from before the current state is read, so nothing recorded in between is lost;
 * what the state already holds is not sent again. Cancelling the request releases the subscription.
 */
@RestController
class LiveController {

    private final WorkshopQueries queries;
    private final LiveFeed feed;
    private final LiveProperties properties;

    LiveController(WorkshopQueries queries, LiveFeed feed, LiveProperties properties) {
        this.queries = queries;
        this.feed = feed;
        this.properties = properties;
    }

    @GetMapping(path = "/api/workshops/{workshopId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    Flux<ServerSentEvent<Object>> live(@PathVariable String workshopId) {
        return queries.find(workshopId).thenMany(Flux.defer(() -> stream(workshopId)));
    }

    private Flux<ServerSentEvent<Object>> stream(String workshopId) {
        Sinks.Many<LiveUpdate> buffer = Sinks.many().unicast().onBackpressureBuffer();
        Disposable subscription = feed.updates(workshopId).subscribe(buffer::tryEmitNext);
        Set<String> seen = new HashSet<>();
        Mono<ServerSentEvent<Object>> state = Mono.zip(
                        queries.attendance(workshopId).collectList(), queries.feedback(workshopId).collectList())
                .map(lists -> {
                    lists.getT1().stream().map(view -> view.live(workshopId).key()).forEach(seen::add);
                    lists.getT2().stream().map(FeedbackView::live).map(LiveUpdate::key).forEach(seen::add);
                    return ServerSentEvent.<Object>builder(new LiveState(workshopId, lists.getT1(), lists.getT2()))
                            .event("state").build();
                });
        Flux<ServerSentEvent<Object>> updates = buffer.asFlux()
                .filter(update -> seen.add(update.key()))
                .map(update -> ServerSentEvent.<Object>builder(update.data()).event(update.event()).build());
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(properties.heartbeat())
                .map(tick -> ServerSentEvent.<Object>builder().comment("heartbeat").build());
        return Flux.merge(Flux.concat(state, updates), heartbeats)
                .doFinally(signal -> subscription.dispose());
    }
}
