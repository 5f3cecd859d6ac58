package org.lis.benchmark;

import org.bson.Document;

import java.util.List;

/** Documents shaped like the partner list's, for the benchmarks of writing them. */
final class PartnerDocuments {

    private PartnerDocuments() {
    }

    /** The fields the partner list stores for a registration: its classification twice, its history. */
    static Document registered(int i) {
        Document classification = new Document("effectiveOn", "2018-10-05").append("type", "BUSINESS")
                .append("sectors", List.of("ports and logistics", "energy")).append("themes", List.of("SKILLS", "INFRASTRUCTURE"))
                .append("district", "Hull").append("keyPartner", i % 7 == 0);
        Document partner = new Document("_id", "partner-" + i);
        partner.putAll(classification);
        return partner.append("name", "Partner " + i + " Ltd").append("nameKey", "partner " + i + " ltd")
                .append("registeredOn", "2018-10-05").append("version", 0L)
                .append("classifications", List.of(new Document(classification)))
                .append("history", List.of(new Document("seq", 0L).append("kind", "REGISTERED").append("on", "2018-10-05")
                        .append("name", "Partner " + i + " Ltd")));
    }

    /** The entry the partner list pushes onto a partner's history for an activity of its own. */
    static Document activity(int i, int seq) {
        return new Document("seq", (long) seq).append("kind", "ACTIVITY").append("on", "2019-01-1" + seq)
                .append("activityId", "activity-" + i + "-" + seq).append("activityKind", "WORKSHOP")
                .append("summary", "Workshop " + seq + " with Partner " + i + " Ltd")
                .append("programmeId", "programme-1").append("themes", List.of("SKILLS", "INNOVATION"));
    }
}
