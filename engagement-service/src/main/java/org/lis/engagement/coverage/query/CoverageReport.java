package org.lis.engagement.coverage.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The board's coverage figures for one programme, as of a date and as recorded by an instant. {@code convenor}: the
 * partner convening the programme, not counted in the figures; null for none.
 */
public record CoverageReport(String programmeId, LocalDate asOf, Instant recordedBy, LocalDate adoptedOn,
                             GroupBy groupBy, Totals totals, List<Group> groups, Gaps gaps, Convenor convenor) {

    public record Convenor(String partnerId, String name) {
    }

    public record Totals(int partners, int engaged, int contributed, int invitedOnly, int notContacted,
                         int keyPartners, int keyPartnersEngaged, double coverageRatio) {
    }

    public record Group(String key, int partners, int engaged, double coverageRatio) {
    }

    public record Gaps(List<PartnerRef> keyPartnersNotEngaged, List<String> groupsWithNoEngagement) {
    }

    public record PartnerRef(String id, String name) {
    }
}
