package org.lis.workshop.invitation.query;

/**
 * Where an invitation's emails stand: not emailed by the system (recorded as sent by other means, or with no mail
 * server configured), waiting to go, sent, or failed (the last email about it could not be sent).
 */
public enum DeliveryState {
    NOT_EMAILED,
    PENDING,
    SENT,
    FAILED
}
