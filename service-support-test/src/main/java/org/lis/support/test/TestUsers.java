package org.lis.support.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;

/**
 * The users of the default configuration, as {@code Authorization} header values and as
 * WebTestClient header customisers:
 * {@code client.post().uri("/partners").headers(TestUsers.asOfficer())...} or
 * {@code .header(HttpHeaders.AUTHORIZATION, TestUsers.OFFICER)}.
 */
public final class TestUsers {

    public static final String OFFICER = basic("officer", "officer");
    public static final String FACILITATOR = basic("facilitator", "facilitator");
    public static final String BOARD = basic("board", "board");
    /** Operations: reads metrics. */
    public static final String MONITOR = basic("monitor", "monitor");
    /** Operations: metrics and the event processors (replays). */
    public static final String ADMIN = basic("admin", "admin");

    private TestUsers() {
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Consumer<HttpHeaders> asOfficer() {
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, OFFICER);
    }

    public static Consumer<HttpHeaders> asFacilitator() {
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, FACILITATOR);
    }

    public static Consumer<HttpHeaders> asBoard() {
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, BOARD);
    }
}
