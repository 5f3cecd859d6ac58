package org.lis.support.ops;

import java.util.List;

/**
 * Where one event processor stands, as operations see it.
 *
 * @param name      the processor's (processing group's) name
 * @param running   whether it runs on this instance
 * @param error     why it stopped on an event it could not handle, while it is stuck there; null otherwise
 * @param replaying whether any segment is still replaying after a reset
 * @param position  the lowest position of its segments: every event up to it has been dealt with
 * @param head      the highest global index in the event store when this was read
 * @param lag       events (global indexes) between its position and the head
 * @param segments  every segment in the token store, whichever instance holds it
 */
public record ProcessorState(String name, boolean running, String error, boolean replaying, long position, long head,
                             long lag, List<SegmentState> segments) {
}
