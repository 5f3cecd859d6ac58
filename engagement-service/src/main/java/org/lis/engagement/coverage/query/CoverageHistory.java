package org.lis.engagement.coverage.query;

import java.util.List;
import java.util.Map;

/**
 * Everything stored that bears on one programme's coverage (or, with a null programme, on one partner):
 * answers for any as-of date and recorded-by instant are computed from it, never from the event store.
 */
public record CoverageHistory(ProgrammeInfo programme, List<PartnerVersion> partnerVersions, List<Fact> facts,
                              Map<String, WorkshopInfo> workshops, Map<String, String> hypothesisTitles) {
}
