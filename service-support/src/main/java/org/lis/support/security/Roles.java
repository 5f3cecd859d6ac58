package org.lis.support.security;

/** The roles of DOMAIN.md, as used in {@code @PreAuthorize("hasRole('OFFICER')")}. */
public final class Roles {

    public static final String OFFICER = "OFFICER";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String BOARD = "BOARD";
    /** Operations: reads the services' metrics ({@code /actuator/prometheus}). */
    public static final String MONITORING = "MONITORING";
    /**
     * Operations: the metrics and the event processors ({@code /actuator/processors}: their state, and replaying one to
     * rebuild its read model). No access to the product's data beyond what any signed-in user has.
     */
    public static final String ADMIN = "ADMIN";
    /**
     * Not a person's role: the workshop service's mailer, asking the engagement service who to write to, with a relay
     * token it signs for itself.
     */
    public static final String MAILER = "MAILER";

    private Roles() {
    }
}
