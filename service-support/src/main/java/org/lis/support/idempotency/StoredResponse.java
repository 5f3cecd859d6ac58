package org.lis.support.idempotency;

import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The part of a first response that a repeat gets back: status, a few headers, the body. */
final class StoredResponse {

    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE);

    private StoredResponse() {
    }

    static Document outcome(HttpStatusCode status, HttpHeaders headers, byte[] body) {
        Document kept = new Document();
        KEPT_HEADERS.forEach(name -> {
            String value = headers.getFirst(name);
            if (value != null) {
                kept.append(name, value);
            }
        });
        return new Document("status", status.value()).append("headers", kept).append("body", new Binary(body));
    }

    static Mono<Void> replay(ServerWebExchange exchange, Document stored) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(stored.getInteger("status")));
        Document headers = stored.get("headers", Document.class);
        if (headers != null) {
            headers.forEach((name, value) -> response.getHeaders().set(name, String.valueOf(value)));
        }
        response.getHeaders().set(IdempotencyKeyFilter.REPLAYED_HEADER, "true");
        Binary body = stored.get("body", Binary.class);
        byte[] bytes = body == null ? new byte[0] : body.getData();
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }
}
