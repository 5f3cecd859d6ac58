package org.lis.engagement.partner.command;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import static org.lis.engagement.EngagementError.DUPLICATE_PARTNER_NAME;

/**
 * Partner names in use, one document per normalised name ({@code _id}), so that the database's unique
 * {@code _id} decides which of two concurrent registrations of a name wins. The {@link PartnerCommandHandler}
 * claims a name before the partner records it and releases it if the command's unit of work rolls back; {@link
 * org.lis.engagement.partner.query.PartnerNameProjection} confirms claims from the events (field
 * {@link #CONFIRMED_AT}, dropping {@link #CLAIMED_AT}) and rebuilds the collection on replay.
 */
@Component
public class PartnerNameRegistry {

    public static final String COLLECTION = "partner_names";
    /** Field: the partner that holds or claims the name. */
    public static final String PARTNER_ID = "partnerId";
    /** Field of a confirmed name: the global index of the event that gave the partner the name. */
    public static final String CONFIRMED_AT = "globalIndex";
    /** Field of a pending claim: when it was last claimed. */
    public static final String CLAIMED_AT = "claimedAt";
    /** Field of a pending claim: how many requests of the partner wait on it. */
    public static final String PENDING = "pending";
    /**
     * A claim no event confirmed after this long belongs to a request that died between claiming and
     * sending its command (commands time out in seconds): another partner may take the name over.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final MongoCollection<Document> names;
    private final Clock clock;

    public PartnerNameRegistry(MongoDatabase database, Clock clock) {
        this.names = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /**
     * Claims {@code name} for the partner. Requests of one partner for the same name (two concurrent
     * renames to it) share a pending claim, counted in {@code pending}, so one that fails cannot give
     * back the name another has just been granted.
     *
     * @return true when this call holds a pending claim (release it if the command fails), false when an
     *         event already gave the partner the name (a rename that changes only case or spacing)
     */
    public Mono<Boolean> claim(String partnerId, String name) {
        String key = PartnerNames.normalise(name);
        Document claim = new Document("_id", key).append(PARTNER_ID, partnerId)
                .append(CLAIMED_AT, Date.from(clock.instant())).append(PENDING, 1);
        return Mono.from(names.insertOne(claim))
                .thenReturn(true)
                .onErrorResume(PartnerNameRegistry::isDuplicateKey, duplicate -> Mono.from(names.find(Filters.eq("_id", key)).first())
                        .flatMap(holder -> partnerId.equals(holder.getString(PARTNER_ID)) ? join(holder, partnerId, name)
                                : takeOverAbandoned(holder, claim))
                        .switchIfEmpty(Mono.error(() -> new DomainException(DUPLICATE_PARTNER_NAME,
                                "Another partner is already registered as '" + name.strip() + "'"))));
    }

    /**
     * Another request of the same partner for the name: one more on its pending claim, unless confirmed.
     * A claim confirmed or given back meanwhile is claimed afresh, which settles which it was.
     */
    private Mono<Boolean> join(Document holder, String partnerId, String name) {
        if (holder.containsKey(CONFIRMED_AT)) {
            return Mono.just(false);
        }
        return Mono.from(names.updateOne(Filters.and(Filters.eq("_id", holder.get("_id")),
                                Filters.eq(PARTNER_ID, partnerId), Filters.exists(CONFIRMED_AT, false)),
                        Updates.combine(Updates.inc(PENDING, 1), Updates.set(CLAIMED_AT, Date.from(clock.instant())))))
                .flatMap(result -> result.getModifiedCount() == 1 ? Mono.just(true) : claim(partnerId, name));
    }

    /** Replaces the holder's claim only if it is still the same unconfirmed, abandoned one. */
    private Mono<Boolean> takeOverAbandoned(Document holder, Document claim) {
        Date claimedAt = holder.getDate(CLAIMED_AT);
        if (holder.containsKey(CONFIRMED_AT) || claimedAt == null
                || claimedAt.toInstant().isAfter(clock.instant().minus(ABANDONED_AFTER))) {
            return Mono.empty();
        }
        return Mono.from(names.replaceOne(Filters.and(Filters.eq("_id", holder.get("_id")),
                        Filters.eq(PARTNER_ID, holder.getString(PARTNER_ID)), Filters.exists(CONFIRMED_AT, false),
                        Filters.eq(CLAIMED_AT, claimedAt)), claim))
                .filter(result -> result.getModifiedCount() == 1)
                .map(result -> true);
    }

    /**
     * Gives back this request's share of a claim whose command failed; the claim goes when no request of
     * the partner still waits on it. A claim already confirmed by an event stays.
     */
    public Mono<Void> release(String partnerId, String name) {
        Bson pending = Filters.and(Filters.eq("_id", PartnerNames.normalise(name)), Filters.eq(PARTNER_ID, partnerId),
                Filters.exists(CONFIRMED_AT, false));
        return Mono.from(names.updateOne(pending, Updates.inc(PENDING, -1)))
                .then(Mono.from(names.deleteOne(Filters.and(pending, Filters.lte(PENDING, 0)))))
                .then();
    }

    private static boolean isDuplicateKey(Throwable error) {
        return error instanceof MongoWriteException write
                && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
