package org.lis.support.fresh;

import org.lis.support.projection.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * A read model (or the part of it that one kind of question needs) held in memory and brought up to date, at each
 * read, with only what its processing group has changed since: the documents its {@link ChangeLog} names for the
 * events between the watermark it was last read at and the one now. It is read whole the first time, after a reset
 * of the group (its positions go back, or its count of resets moved on: a replay that ran whole between two reads),
 * while a replay runs and at the first read after it (a replay leaves no entries in the log), and when more events
 * have passed than {@code maxCatchUp}, beyond which one read of everything costs less than the log (and entries that
 * old are pruned, {@link ChangeLogPruning}), or when entries it needs were pruned. Read after the
 * watermark was taken, it is never older than the collections were at that moment. Not thread-safe: callers hold its
 * lock.
 */
public abstract class HeldReadModel {

    private static final Logger logger = LoggerFactory.getLogger(HeldReadModel.class);

    private final ChangeLog changes;
    private final long maxCatchUp;
    private Watermark readAt;

    protected HeldReadModel(ChangeLog changes, long maxCatchUp) {
        this.changes = changes;
        this.maxCatchUp = maxCatchUp;
    }

    /**
     * Brings what is held up to {@code mark} (a null mark, no positions known, reads everything and trusts
     * nothing next time); false when nothing had to be read.
     */
    protected final boolean bringTo(Watermark mark) {
        if (mark == null || readAt == null || mark.resets() != readAt.resets() || mark.replaying()
                || readAt.replaying() || mark.low() < readAt.low() || mark.high() < readAt.high()
                || mark.high() - readAt.low() > maxCatchUp) {
            if (readAt != null) {
                // worth knowing: a whole read costs what holding the model saves
                logger.info("{} read whole again: watermark {} after {}", getClass().getSimpleName(), mark, readAt);
            }
            readAll();
        } else if (!mark.equals(readAt)) {
            // from the old low: events between it and the old high may have been handled since by lagging segments
            Optional<List<ChangeLog.Change>> changed = changes.between(readAt.low(), mark.high());
            if (changed.isPresent()) {
                catchUp(changed.get());
            } else {
                logger.info("{} read whole again: its change log was pruned past {}", getClass().getSimpleName(),
                        readAt);
                readAll();
            }
        } else {
            return false;
        }
        readAt = mark;
        return true;
    }

    /** Replaces everything held with what the collections hold now. */
    protected abstract void readAll();

    /** Reads again the documents named (each perhaps more than once), keeping or dropping each. */
    protected abstract void catchUp(List<ChangeLog.Change> changed);
}
