package org.lis.workshop.hypothesis.query;

import java.util.List;

import org.bson.Document;
import org.lis.events.common.Theme;
import org.lis.workshop.mongo.Documents;

/** A hypothesis as listed. */
public record HypothesisSummary(String id, String programmeId, String title, String statement, List<Theme> themes,
                                List<String> sectors) {

    static HypothesisSummary from(Document document) {
        return new HypothesisSummary(document.getString(Documents.ID),
                document.getString(HypothesisFields.PROGRAMME_ID),
                document.getString(HypothesisFields.TITLE),
                document.getString(HypothesisFields.STATEMENT),
                Documents.strings(document, HypothesisFields.THEMES).stream().map(Theme::valueOf).toList(),
                Documents.strings(document, HypothesisFields.SECTORS));
    }
}
