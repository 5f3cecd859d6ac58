package org.lis.support.web;

import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;

/**
 * Reads the {@code If-Match} header of a command on an existing aggregate into the version the
 * client last saw, which the command carries as its {@code @TargetAggregateVersion}.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @param header the raw header ({@code "3"}, {@code W/"3"} or {@code 3}), or null
     * @return the expected version, or null when the client sent no If-Match (or {@code *})
     * @throws DomainException 400 naming the If-Match header when the header is not a version this API handed out
     */
    public static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.equals("*")) {
            return null;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw malformed(header);
            }
            return version;
        } catch (NumberFormatException e) {
            throw malformed(header);
        }
    }

    private static DomainException malformed(String header) {
        return new DomainException(InputError.INVALID_PARAMETER, "If-Match",
                "If-Match must be an ETag this API returned, like \"3\"; got " + header);
    }
}
