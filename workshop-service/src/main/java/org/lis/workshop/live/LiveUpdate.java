package org.lis.workshop.live;

/**
 * One thing that happened in the room, for the live screen. {@code event} names the SSE event
 * ({@code attendance} or {@code feedback}); {@code key} identifies this state of the item, so what the
 * screen already received as current state is not sent twice.
 */
public record LiveUpdate(String event, String workshopId, String key, Object data) {
}
