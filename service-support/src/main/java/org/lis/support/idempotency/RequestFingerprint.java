package org.lis.support.idempotency;

import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * What makes two requests "the same" for an Idempotency-Key: method, path, query and body. A JSON
 * body counts by its content, not its bytes, so a client that re-serialises its retry with other
 * spacing or field order is not told 422. Only a SHA-256 digest is kept, never the body. Where the body is
 * personal data (a contact's name, email, phone), the digest cannot give it back; it can only confirm an exact
 * guess of the whole request, path included, and it goes with the kept response when the retention is over.
 */
final class RequestFingerprint {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private RequestFingerprint() {
    }

    static String of(ServerHttpRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod().name() + " " + request.getURI().getRawPath() + "?"
                    + request.getURI().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(canonical(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            JsonNode tree = CANONICAL.readTree(body);
            return tree == null ? body : CANONICAL.writeValueAsBytes(tree);
        } catch (IOException notJson) {
            return body;
        }
    }
}
