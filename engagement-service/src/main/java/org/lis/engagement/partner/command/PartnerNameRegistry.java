package org.lis.engagement.partner.command;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static org.lis.engagement.EngagementError.DUPLICATE_PARTNER_NAME;

/**
 * Partner names in use, one document per normalised name ({@code _id}), so that the database's unique
 * {@code _id} decides which of two concurrent registrations of a name wins. A name is claimed before
 * the command is sent and released if the command fails; {@link
 * org.lis.engagement.partner.query.PartnerNameProjection} confirms claims from the events (field
 * {@code seq}) and rebuilds the collection on replay.
 */
@Component
public class PartnerNameRegistry {

    public static final String COLLECTION = "partner_names";

    private final MongoCollection<Document> names;

    public PartnerNameRegistry(MongoDatabase database) {
        this.names = database.getCollection(COLLECTION);
    }

    /**
     * Claims {@code name} for the partner.
     *
     * @return true when this call made a new claim (release it if the command fails), false when the
     *         partner already holds the name (a rename that changes only case or spacing)
     */
    public Mono<Boolean> claim(String partnerId, String name) {
        String key = PartnerNames.normalise(name);
        return Mono.from(names.insertOne(new Document("_id", key).append("partnerId", partnerId)))
                .thenReturn(true)
                .onErrorResume(PartnerNameRegistry::isDuplicateKey, duplicate -> Mono.from(names.find(Filters.eq("_id", key)).first())
                        .filter(holder -> partnerId.equals(holder.getString("partnerId")))
                        .map(holder -> false)
                        .switchIfEmpty(Mono.error(() -> new DomainException(DUPLICATE_PARTNER_NAME,
                                "Another partner is already registered as '" + name.strip() + "'"))));
    }

    /** Gives back a claim whose command failed; a claim already confirmed by an event stays. */
    public Mono<Void> release(String partnerId, String name) {
        return Mono.from(names.deleteOne(Filters.and(Filters.eq("_id", PartnerNames.normalise(name)),
                        Filters.eq("partnerId", partnerId), Filters.exists("seq", false))))
                .then();
    }

    private static boolean isDuplicateKey(Throwable error) {
        return error instanceof MongoWriteException write
                && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
