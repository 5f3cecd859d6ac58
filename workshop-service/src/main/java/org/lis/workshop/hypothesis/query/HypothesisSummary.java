package org.lis.workshop.hypothesis.query;

import java.util.List;

import org.bson.Document;
import org.lis.events.common.Theme;
import org.lis.workshop.mongo.Documents;

/** A hypothesis as listed. */
public record HypothesisSummary(String id, String programmeId, String title, String statement, List<Theme> themes,
                                List<String> sectors) {

    static HypothesisSummary from(Document document) {
        return new HypothesisSummary(document.getString("_id"), document.getString("programmeId"),
                document.getString("title"), document.getString("statement"),
                Documents.strings(document, "themes").stream().map(Theme::valueOf).toList(),
                Documents.strings(document, "sectors"));
    }
}
