package org.lis.engagement.group.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lis.engagement.group.query.GroupFields.Meetings;
import org.lis.engagement.group.query.GroupFields.Members;
import org.lis.engagement.group.query.GroupView.MeetingView;
import org.lis.engagement.group.query.GroupView.MemberStatus;
import org.lis.engagement.group.query.GroupView.MemberView;
import org.lis.engagement.group.query.GroupView.PartnerRef;
import org.lis.engagement.partner.query.PartnerFields;
import org.lis.engagement.partner.query.PartnerProjection;
import org.lis.events.common.Theme;
import org.lis.events.group.GroupKind;
import org.lis.support.fresh.FreshCollection;
import org.lis.support.fresh.FreshReads;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Pages;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.lis.engagement.group.query.GroupProjection.date;

/**
 * Reads standing groups, naming their partners from the partner register at read time (a partner renamed since
 * shows its new name). A group formed a moment ago is waited for (docs/read-your-writes.md).
 */
@Component
public class GroupQueries {

    private final FreshCollection groups;
    private final MongoCollection<Document> partners;

    public GroupQueries(MongoDatabase database, FreshReads fresh) {
        this.groups = fresh.collection(database, GroupProjection.COLLECTION, GroupProjection.PROCESSING_GROUP);
        this.partners = database.getCollection(PartnerProjection.COLLECTION);
    }

    /** Groups in name order; with {@code partnerId}, those it convenes or has been invited to or a member of. */
    public Mono<PageResponse<GroupSummary>> find(String partnerId, PageRequest page) {
        Bson query = partnerId == null || partnerId.isBlank() ? new Document()
                : Filters.or(Filters.eq(GroupFields.CONVENOR_PARTNER_ID, partnerId),
                Filters.eq(GroupFields.MEMBERS + "." + Members.PARTNER_ID, partnerId));
        MongoCollection<Document> all = groups.documents();
        return Pages.read(all.find(query).sort(Sorts.ascending(GroupFields.NAME_KEY, "_id")), all.countDocuments(query),
                        page, doc -> doc)
                .flatMap(docs -> names(docs.items().stream().map(d -> d.getString(GroupFields.CONVENOR_PARTNER_ID)).toList())
                        .map(names -> PageResponse.of(docs.items().stream().map(d -> summary(d, names)).toList(), page,
                                docs.total())));
    }

    /** Empty when there is no such group (one formed a moment ago is waited for). */
    public Mono<GroupView> findById(String groupId) {
        return groups.byId(groupId).flatMap(doc -> names(partnerIds(doc)).map(names -> view(doc, names)));
    }

    private Mono<Map<String, String>> names(List<String> partnerIds) {
        Set<String> ids = new HashSet<>(partnerIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return Flux.from(partners.find(Filters.in("_id", ids))).collectMap(d -> d.getString("_id"),
                d -> Objects.requireNonNullElse(d.getString(PartnerFields.NAME), d.getString("_id")))
                .map(HashMap::new);
    }

    private static List<String> partnerIds(Document doc) {
        Set<String> ids = new HashSet<>();
        ids.add(doc.getString(GroupFields.CONVENOR_PARTNER_ID));
        for (Document m : doc.getList(GroupFields.MEMBERS, Document.class, List.of())) {
            ids.add(m.getString(Members.PARTNER_ID));
            ids.add(m.getString(Members.INVITED_BY));
        }
        for (Document m : doc.getList(GroupFields.MEETINGS, Document.class, List.of())) {
            ids.addAll(m.getList(Meetings.ATTENDEES, String.class, List.of()));
        }
        ids.remove(null);
        return List.copyOf(ids);
    }

    private static GroupSummary summary(Document d, Map<String, String> names) {
        return new GroupSummary(d.getString("_id"), d.getString(GroupFields.NAME), kind(d),
                ref(d.getString(GroupFields.CONVENOR_PARTNER_ID), names), themes(d), d.getString(GroupFields.PROGRAMME_ID),
                date(d, GroupFields.FORMED_ON), memberCount(d),
                d.getList(GroupFields.MEETINGS, Document.class, List.of()).size(), version(d));
    }

    private static GroupView view(Document d, Map<String, String> names) {
        List<MemberView> members = d.getList(GroupFields.MEMBERS, Document.class, List.of()).stream()
                .map(m -> new MemberView(m.getString(Members.MEMBERSHIP_ID), m.getString(Members.PARTNER_ID),
                        names.get(m.getString(Members.PARTNER_ID)), status(m), date(m, Members.INVITED_ON),
                        m.getString(Members.INVITED_BY) == null ? null : ref(m.getString(Members.INVITED_BY), names),
                        date(m, Members.JOINED_ON), date(m, Members.LEFT_ON), m.getString(Members.LEFT_REASON)))
                .toList();
        List<MeetingView> meetings = d.getList(GroupFields.MEETINGS, Document.class, List.of()).stream()
                .map(m -> new MeetingView(m.getString(Meetings.MEETING_ID), date(m, Meetings.HELD_ON),
                        m.getString(Meetings.TITLE), m.getList(Meetings.ATTENDEES, String.class, List.of()).stream()
                        .map(id -> ref(id, names)).toList(), m.getString(Meetings.NOTES)))
                .toList();
        return new GroupView(d.getString("_id"), d.getString(GroupFields.NAME), kind(d),
                ref(d.getString(GroupFields.CONVENOR_PARTNER_ID), names), themes(d),
                d.getString(GroupFields.PROGRAMME_ID), d.getString(GroupFields.DESCRIPTION),
                date(d, GroupFields.FORMED_ON), memberCount(d), members, meetings, version(d));
    }

    private static MemberStatus status(Document m) {
        return m.getString(Members.LEFT_ON) != null ? MemberStatus.LEFT
                : m.getString(Members.JOINED_ON) != null ? MemberStatus.MEMBER : MemberStatus.INVITED;
    }

    private static int memberCount(Document d) {
        return (int) d.getList(GroupFields.MEMBERS, Document.class, List.of()).stream()
                .filter(m -> status(m) == MemberStatus.MEMBER).count();
    }

    private static PartnerRef ref(String partnerId, Map<String, String> names) {
        return new PartnerRef(partnerId, names.get(partnerId));
    }

    private static GroupKind kind(Document d) {
        return GroupKind.valueOf(d.getString(GroupFields.KIND));
    }

    private static List<Theme> themes(Document d) {
        return d.getList(GroupFields.THEMES, String.class, List.of()).stream().map(Theme::valueOf).toList();
    }

    private static long version(Document d) {
        return ((Number) d.get(GroupFields.VERSION)).longValue();
    }
}
