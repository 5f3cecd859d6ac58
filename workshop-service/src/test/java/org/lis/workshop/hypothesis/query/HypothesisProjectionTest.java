package org.lis.workshop.hypothesis.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lis.events.common.Theme;
import org.lis.events.hypothesis.HypothesisProposedEvent;
import org.lis.support.test.DatabaseTestBase;

class HypothesisProjectionTest extends DatabaseTestBase {

    private static final HypothesisProposedEvent PROPOSED = new HypothesisProposedEvent("h1", "prog", "AI centre",
            "Buckingham can anchor AI research", List.of(Theme.AI_AND_DATA), List.of("ai-research"));

    private final HypothesisProjection projection = new HypothesisProjection(database);

    @Test
    void proposedHypothesisIsListedOnceHoweverOftenHandled() {
        projection.on(PROPOSED);
        projection.on(PROPOSED);

        assertThat(database.getCollection(HypothesisProjection.COLLECTION).find().map(HypothesisSummary::from)
                .into(new java.util.ArrayList<>()))
                .containsExactly(new HypothesisSummary("h1", "prog", "AI centre", "Buckingham can anchor AI research",
                        List.of(Theme.AI_AND_DATA), List.of("ai-research")));
    }

    @Test
    void resetForgetsHypotheses() {
        projection.on(PROPOSED);
        projection.reset();

        assertThat(database.getCollection(HypothesisProjection.COLLECTION).countDocuments()).isZero();
    }
}
