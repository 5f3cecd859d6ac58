package org.lis.engagement.coverage.web;

import org.lis.engagement.coverage.query.PartnerCoverageRow;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The coverage rows as RFC 4180 CSV: a header line, CRLF line ends, fields quoted when they need it. */
final class CoverageCsv {

    static final String HEADER = "partnerId,name,type,sectors,themes,district,keyPartner,level,invitations,"
            + "attendances,feedbackCount,activities,firstEngagedOn,lastEngagedOn,consultationResponses";

    private CoverageCsv() {
    }

    static String write(List<PartnerCoverageRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        rows.forEach(r -> csv.append(line(r)).append("\r\n"));
        return csv.toString();
    }

    private static String line(PartnerCoverageRow r) {
        return Stream.of(r.partnerId(), r.name(), r.type(), String.join(";", r.sectors()),
                        String.join(";", r.themes()), r.district(), r.keyPartner(), r.level(), r.invitations(),
                        r.attendances(), r.feedbackCount(), r.activities(), r.firstEngagedOn(), r.lastEngagedOn(),
                        r.consultationResponses())
                .map(v -> field(v == null ? "" : Objects.toString(v)))
                .collect(Collectors.joining(","));
    }

    /**
     * Quotes a field holding a comma, quote or line break, doubling its quotes. A field a spreadsheet would
     * take for a formula (starting with =, +, -, @, tab or carriage return: a partner named "=HYPERLINK(..)")
     * gets a leading single quote first, so the board's Excel shows the text instead of running it (OWASP
     * CSV injection).
     */
    static String field(String raw) {
        String value = startsLikeAFormula(raw) ? "'" + raw : raw;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static boolean startsLikeAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
