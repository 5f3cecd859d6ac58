package org.lis.workshop.live;

import java.util.HashSet;
import java.util.Set;

import org.lis.workshop.schedule.query.WorkshopQueries;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The screen in the room: a {@code state} event with the attendance and feedback so far, then an
 * {@code attendance} or {@code feedback} event for each one recorded since, and a heartbeat comment.
 * Updates are read from the views, not pushed by this instance's projections: with several instances each
 * projects only the segments of the event stream it claimed, while the views are shared, so a screen on
 * any instance sees what every instance records. Each state of an item is sent once. Cancelling the request
 * stops the polling and the heartbeat; the stream ends when the service begins to stop ({@link LiveScreens}).
 */
@RestController
class LiveController {

    private final WorkshopQueries queries;
    private final LiveProperties properties;
    private final LiveScreens screens;

    LiveController(WorkshopQueries queries, LiveProperties properties, LiveScreens screens) {
        this.queries = queries;
        this.properties = properties;
        this.screens = screens;
    }

    @GetMapping(path = "/api/workshops/{workshopId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER', 'FACILITATOR', 'BOARD')")
    Flux<ServerSentEvent<Object>> live(@PathVariable String workshopId) {
        return queries.find(workshopId).thenMany(Flux.defer(() -> stream(workshopId)));
    }

    private Flux<ServerSentEvent<Object>> stream(String workshopId) {
        Set<String> sent = new HashSet<>();
        Mono<ServerSentEvent<Object>> state = read(workshopId).map(current -> {
            current.updates().forEach(update -> sent.add(update.key()));
            return ServerSentEvent.<Object>builder(current).event("state").build();
        });
        // a slow screen skips polls rather than queueing them
        Flux<ServerSentEvent<Object>> updates = Flux.interval(properties.poll())
                .onBackpressureDrop()
                .concatMap(tick -> read(workshopId), 1)
                .concatMapIterable(LiveState::updates)
                .filter(update -> sent.add(update.key()))
                .map(update -> ServerSentEvent.<Object>builder(update.data()).event(update.event()).build());
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(properties.heartbeat())
                .onBackpressureDrop()
                .map(tick -> ServerSentEvent.<Object>builder().comment("heartbeat").build());
        return Flux.merge(Flux.concat(state, updates), heartbeats)
                .takeUntilOther(screens.stopping())
                .doOnSubscribe(subscription -> screens.opened())
                .doFinally(signal -> screens.closed());
    }

    private Mono<LiveState> read(String workshopId) {
        return Mono.zip(queries.attendance(workshopId).collectList(), queries.feedback(workshopId).collectList())
                .map(lists -> new LiveState(workshopId, lists.getT1(), lists.getT2()));
    }
}
