package org.lis.engagement.activity.command;

import org.lis.support.error.DomainException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.lis.engagement.EngagementError.INVALID_ACTIVITY;

/**
 * The checks on who took part that recording and correcting share; the command handler runs them before it looks
 * the partners up, so a malformed list is refused without waiting on the register.
 */
public final class ActivityRules {

    /** The request field naming the partners, for the errors that blame it. */
    public static final String PARTNERS_FIELD = "partnerIds";
    /** A round table or a steering group, not a mailing list: more names than this is a mistake. */
    public static final int MAX_PARTNERS = 50;
    /** The longest reason for a correction or withdrawal, as for a summary. */
    public static final int MAX_TEXT = 2000;

    private ActivityRules() {
    }

    public static void checkPartners(List<String> partnerIds) {
        if (partnerIds == null || partnerIds.isEmpty()) {
            throw new DomainException(INVALID_ACTIVITY, PARTNERS_FIELD, "partnerIds: name at least one partner");
        }
        if (partnerIds.size() > MAX_PARTNERS) {
            throw new DomainException(INVALID_ACTIVITY, PARTNERS_FIELD,
                    "partnerIds: at most " + MAX_PARTNERS + " partners to an activity, got " + partnerIds.size());
        }
        Set<String> seen = new HashSet<>();
        for (String id : partnerIds) {
            if (id == null || id.isBlank()) {
                throw new DomainException(INVALID_ACTIVITY, PARTNERS_FIELD, "partnerIds: a partner id must not be blank");
            }
            if (!seen.add(id)) {
                throw new DomainException(INVALID_ACTIVITY, PARTNERS_FIELD, "partnerIds: " + id + " is named twice");
            }
        }
    }

    static void checkText(String value, String field, String missing) {
        if (value == null || value.isBlank()) {
            throw new DomainException(INVALID_ACTIVITY, field, field + ": " + missing);
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new DomainException(INVALID_ACTIVITY, field, field + ": at most " + MAX_TEXT + " characters");
        }
    }
}
