package org.lis.support.web;

import java.net.URI;
import org.lis.support.command.CommandResult;
import org.springframework.http.ResponseEntity;

/** The answers of command endpoints, so every controller sets Location and ETag the same way. */
public final class Responses {

    private Responses() {
    }

    /** 201 with Location, ETag {@code "<version>"} and body {@code {id, version}}. */
    public static ResponseEntity<CommandResult> created(String locationPath, CommandResult result) {
        return ResponseEntity.created(URI.create(locationPath))
                .eTag(etag(result.version()))
                .body(result);
    }

    /** 200 with ETag {@code "<version>"} and body {@code {id, version}}. */
    public static ResponseEntity<CommandResult> ok(CommandResult result) {
        return ResponseEntity.ok().eTag(etag(result.version())).body(result);
    }

    /** The strong ETag of an aggregate version: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
