package org.lis.workshop.rsvp.link;

import static com.mongodb.client.model.Filters.eq;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

import org.bson.Document;
import org.lis.workshop.mongo.Documents;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import reactor.core.publisher.Mono;

/**
 * The tokens of personal RSVP links: 256 random bits from {@link SecureRandom}, good for one invitation only. Only a
 * SHA-256 digest of each is stored ({@code rsvp_links}, keyed by it), so the database cannot give a link back; the
 * token lives only in the email. Guessing one is hopeless (2^256 tokens, of which a workshop issues a few hundred),
 * so lookups are not throttled. Whether a link may still be used is decided when it is, by the workshop's end.
 */
@Component
public class RsvpLinks {

    public static final String COLLECTION = "rsvp_links";
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> links;
    private final com.mongodb.reactivestreams.client.MongoCollection<Document> reads;
    private final Clock clock;

    public RsvpLinks(MongoDatabase database, com.mongodb.reactivestreams.client.MongoDatabase reactive, Clock clock) {
        this.links = database.getCollection(COLLECTION);
        this.reads = reactive.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** A new token for this invitation and contact, stored before it is handed out. */
    public String issue(RsvpLink link) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        links.insertOne(new Document(Documents.ID, digest(token))
                .append("workshopId", link.workshopId())
                .append("invitationId", link.invitationId())
                .append("contactId", link.contactId())
                .append("issuedAt", Documents.date(clock.instant())));
        return token;
    }

    /** The link the token belongs to; empty for a token never issued (or not a token at all). */
    public Mono<RsvpLink> find(String token) {
        if (token == null || token.length() > 100) {
            return Mono.empty();
        }
        return Mono.from(reads.find(eq(Documents.ID, digest(token))).first())
                .map(d -> new RsvpLink(d.getString("workshopId"), d.getString("invitationId"),
                        d.getString("contactId")));
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
