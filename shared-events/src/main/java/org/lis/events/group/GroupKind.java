package org.lis.events.group;

/** What a standing group is for: steering a piece of work, finishing one task, or anything else. */
public enum GroupKind {
    STEERING_GROUP,
    TASK_AND_FINISH,
    OTHER
}
