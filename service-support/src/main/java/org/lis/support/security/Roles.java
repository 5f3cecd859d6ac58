package org.lis.support.security;

/** The roles of DOMAIN.md, as used in {@code @PreAuthorize("hasRole('OFFICER')")}. */
public final class Roles {

    public static final String OFFICER = "OFFICER";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String BOARD = "BOARD";

    private Roles() {
    }
}
