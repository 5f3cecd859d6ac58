package org.lis.support.ops;

/**
 * Where one segment of a processor stands.
 *
 * @param segment   the segment's id
 * @param owner     the instance holding its claim (Axon's node id, {@code pid@host}), null when unclaimed
 * @param here      whether this instance holds it
 * @param position  the global index of the last event it has dealt with, 0 before the first
 * @param replaying whether it is replaying events it had already handled before a reset
 * @param error     why it failed, while it is in error on this instance; null otherwise
 */
public record SegmentState(int segment, String owner, boolean here, long position, boolean replaying, String error) {
}
