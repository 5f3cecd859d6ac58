package org.lis.engagement.audit.query;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.lis.engagement.coverage.query.CoverageCollections;
import org.lis.engagement.coverage.query.CoverageFields.Hypotheses;
import org.lis.engagement.coverage.query.CoverageFields.PartnerVersions;
import org.lis.engagement.coverage.query.CoverageFields.Workshops;
import org.lis.engagement.group.query.GroupFields;
import org.lis.engagement.group.query.GroupProjection;
import org.lis.events.partner.ContactErasedEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Puts the current names of partners and the titles of workshops and hypotheses into audit summaries,
 * from the coverage projection's records (an id nothing is known of stays an id), and says of a contact an
 * email went to whether it was erased since.
 */
final class AuditNames {

    private final MongoDatabase database;

    AuditNames(MongoDatabase database) {
        this.database = database;
    }

    Mono<List<AuditItem>> resolve(List<AuditItem> items) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (AuditItem item : items) {
            Matcher m = AuditSummaries.REFERENCE.matcher(item.summary());
            while (m.find()) {
                ids.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
            }
        }
        if (ids.isEmpty()) {
            return Mono.just(items);
        }
        return Mono.zip(partnerNames(ids.getOrDefault("partner", Set.of())),
                        titles(CoverageCollections.WORKSHOPS, Workshops.TITLE, ids.getOrDefault("workshop", Set.of())),
                        titles(CoverageCollections.HYPOTHESES, Hypotheses.TITLE, ids.getOrDefault("hypothesis", Set.of())),
                        erased(ids.getOrDefault("contact", Set.of())),
                        titles(GroupProjection.COLLECTION, GroupFields.NAME, ids.getOrDefault("group", Set.of())))
                .map(names -> items.stream().map(item -> item.withSummary(AuditSummaries.REFERENCE
                        .matcher(item.summary()).replaceAll(m -> Matcher.quoteReplacement(switch (m.group(1)) {
                            case "partner" -> names.getT1().getOrDefault(m.group(2), "partner " + m.group(2));
                            case "workshop" -> "workshop '" + names.getT2().getOrDefault(m.group(2), m.group(2)) + "'";
                            case "contact" -> names.getT4().contains(m.group(2)) ? AuditSummaries.ERASED_CONTACT
                                    : AuditSummaries.A_CONTACT;
                            case "group" -> "group '" + names.getT5().getOrDefault(m.group(2), m.group(2)) + "'";
                            default -> "'" + names.getT3().getOrDefault(m.group(2), m.group(2)) + "'";
                        })))).toList());
    }

    /** The name of each partner as last recorded. */
    private Mono<Map<String, String>> partnerNames(Set<String> ids) {
        return Flux.from(database.getCollection(CoverageCollections.PARTNER_VERSIONS)
                        .find(Filters.in(PartnerVersions.PARTNER_ID, ids)))
                .collectList()
                .map(versions -> versions.stream().collect(Collectors.groupingBy(d -> d.getString(PartnerVersions.PARTNER_ID),
                        Collectors.collectingAndThen(
                                Collectors.maxBy(Comparator.comparing(d -> d.getDate(PartnerVersions.RECORDED_AT))),
                                latest -> latest.map(v -> v.getString(PartnerVersions.NAME)).orElse("")))));
    }

    /**
     * Which of these contacts were erased, by the audit's own lines of erasures: read when the trail is read, since an
     * email's line and the erasure come from different aggregates, in either order.
     */
    private Mono<Set<String>> erased(Set<String> contactIds) {
        if (contactIds.isEmpty()) {
            return Mono.just(Set.of());
        }
        return Flux.from(database.getCollection(AuditProjection.COLLECTION)
                        .find(Filters.and(Filters.in(AuditFields.CONTACT_ID, contactIds),
                                Filters.eq(AuditFields.TYPE, ContactErasedEvent.class.getSimpleName()))))
                .map(line -> line.getString(AuditFields.CONTACT_ID))
                .collect(Collectors.toSet());
    }

    private Mono<Map<String, String>> titles(String collection, String titleField, Set<String> ids) {
        return Flux.from(database.getCollection(collection).find(Filters.in("_id", ids)))
                .filter(d -> d.getString(titleField) != null)
                .collectMap(d -> d.getString("_id"), d -> d.getString(titleField));
    }
}
