package org.lis.console.client;

import org.springframework.web.util.UriBuilder;

import java.util.Optional;

/**
 * The board's "as of" question: a date ({@code YYYY-MM-DD}, or none for today) and what had been recorded by
 * an instant (none for now).
 */
public record AsOf(String date, String recordedBy) {

    public static final AsOf TODAY = new AsOf(null, null);

    UriBuilder apply(UriBuilder uri) {
        return uri.queryParamIfPresent("asOf", Optional.ofNullable(date))
                .queryParamIfPresent("recordedBy", Optional.ofNullable(recordedBy));
    }
}
