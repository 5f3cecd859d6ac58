package org.lis.engagement.group.command;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.lis.engagement.partner.command.PartnerNames;
import org.lis.support.error.DomainException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static org.lis.engagement.EngagementError.DUPLICATE_GROUP_NAME;

/**
 * Group names in use, one document per name as {@link PartnerNames} compares names (case and spacing ignored), so
 * the database's unique {@code _id} decides which of two concurrent formations of one name wins. A group keeps its
 * name (there is no renaming), so a claim is simply given back when the formation fails; the group projection
 * writes the name of every formed group again, so replaying the events restores the registry.
 */
@Component
public class GroupNameRegistry {

    public static final String COLLECTION = "group_names";
    public static final String GROUP_ID = "groupId";

    private final MongoCollection<Document> names;

    public GroupNameRegistry(MongoDatabase database) {
        this.names = database.getCollection(COLLECTION);
    }

    /** Completes once the name is the group's; 409 when another group has it. */
    public Mono<Void> claim(String groupId, String name) {
        String key = PartnerNames.normalise(name);
        return Mono.from(names.insertOne(new Document("_id", key).append(GROUP_ID, groupId)))
                .then()
                .onErrorResume(GroupNameRegistry::isDuplicateKey, duplicate -> Mono.from(names.find(Filters.eq("_id", key)).first())
                        .filter(holder -> groupId.equals(holder.getString(GROUP_ID)))
                        .switchIfEmpty(Mono.error(() -> new DomainException(DUPLICATE_GROUP_NAME, "name",
                                "name: another group is already called '" + name.strip() + "'")))
                        .then());
    }

    /** Gives back a claim whose formation failed. */
    public Mono<Void> release(String groupId, String name) {
        return Mono.from(names.deleteOne(Filters.and(Filters.eq("_id", PartnerNames.normalise(name)),
                Filters.eq(GROUP_ID, groupId)))).then();
    }

    private static boolean isDuplicateKey(Throwable error) {
        return error instanceof MongoWriteException write
                && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
