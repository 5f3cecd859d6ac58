package org.lis.workshop.hypothesis.query;

/**
 * The fields of a document of the hypotheses view, one a hypothesis id, written by {@link HypothesisProjection}
 * and read by {@link HypothesisSummary#from} and the queries. Themes are enum names.
 */
final class HypothesisFields {

    static final String PROGRAMME_ID = "programmeId";
    static final String TITLE = "title";
    static final String STATEMENT = "statement";
    static final String THEMES = "themes";
    static final String SECTORS = "sectors";

    private HypothesisFields() {
    }
}
