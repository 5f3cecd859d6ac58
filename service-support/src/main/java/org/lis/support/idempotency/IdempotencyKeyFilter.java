package org.lis.support.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes a POST with an {@code Idempotency-Key} header safe to repeat. The first request claims
 * the key (an insert on a unique {@code _id} of user and key, so two nodes cannot both claim it),
 * runs, and, if it succeeded, leaves its status, headers and body behind; a repeat with the same
 * key and the same request gets that response again and records nothing. The same key with a
 * different request is 422; a repeat while the first is still running is 409. A first attempt
 * that fails releases the key, so the client can retry it. Keys are per user: one user's key
 * never replays another user's response.
 */
public class IdempotencyKeyFilter implements WebFilter, Ordered {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    /** Printable ASCII, as the key is an HTTP structured-field string; not only spaces. */
    private static final Pattern VALID_KEY = Pattern.compile("(?=.*[!-~])[ -~]{1," + MAX_KEY_LENGTH + "}");

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final int maxBodyBytes;
    private final Duration abandonedAfter;

    public IdempotencyKeyFilter(MongoCollection<Document> keys, Clock clock, int maxBodyBytes, Duration abandonedAfter) {
        this.keys = keys;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String key = request.getHeaders().getFirst(HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || key == null) {
            return chain.filter(exchange);
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return Mono.error(new DomainException(InputError.INVALID_PARAMETER, HEADER,
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters"));
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(Authentication::isAuthenticated)
                .map(authentication -> Optional.of(authentication.getName()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(user -> user.isPresent()
                        ? withKey(exchange, chain, user.get() + ":" + key)
                        : chain.filter(exchange));
    }

    private Mono<Void> withKey(ServerWebExchange exchange, WebFilterChain chain, String id) {
        return DataBufferUtils.join(exchange.getRequest().getBody(), maxBodyBytes)
                .map(IdempotencyKeyFilter::bytes)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> {
                    String hash = RequestFingerprint.of(exchange.getRequest(), body);
                    Document claim = new Document("_id", id).append("requestHash", hash)
                            .append("status", null).append("createdAt", Date.from(clock.instant()));
                    return Mono.from(keys.insertOne(claim)).thenReturn(true)
                            .onErrorResume(IdempotencyKeyFilter::isDuplicateKey, e -> Mono.just(false))
                            .flatMap(claimed -> claimed
                                    ? new FirstAttempt(keys, id, exchange, body).run(chain)
                                    : replayOrRefuse(exchange, id, hash));
                });
    }

    private Mono<Void> replayOrRefuse(ServerWebExchange exchange, String id, String hash) {
        return Mono.from(keys.find(Filters.eq("_id", id)).first())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(found -> {
                    if (found.isEmpty()) {
                        return Mono.error(inProgress());
                    }
                    Document earlier = found.get();
                    if (!hash.equals(earlier.getString("requestHash"))) {
                        return Mono.error(new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY,
                                "This Idempotency-Key was already used with a different request"));
                    }
                    if (earlier.getInteger("status") == null) {
                        return releaseIfAbandoned(earlier).then(Mono.error(inProgress()));
                    }
                    return StoredResponse.replay(exchange, earlier);
                });
    }

    /** A claim whose request never finished (its node died) would block the key forever. */
    private Mono<Void> releaseIfAbandoned(Document claim) {
        Date createdAt = claim.getDate("createdAt");
        if (createdAt == null || createdAt.toInstant().plus(abandonedAfter).isAfter(clock.instant())) {
            return Mono.empty();
        }
        log.warn("Releasing idempotency key {} claimed at {} and never completed", claim.get("_id"), createdAt);
        return Mono.from(keys.deleteOne(Filters.and(Filters.eq("_id", claim.get("_id")),
                Filters.eq("status", null), Filters.eq("createdAt", createdAt)))).then();
    }

    private static ResponseStatusException inProgress() {
        return new ResponseStatusException(HttpStatus.CONFLICT, "A request with this key is in progress; retry later");
    }

    private static boolean isDuplicateKey(Throwable e) {
        return e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    /** The buffer's bytes; the buffer is released. */
    static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** After security (which knows the user), so the key is scoped to who sent it. */
    @Override
    public int getOrder() {
        return 0;
    }
}
