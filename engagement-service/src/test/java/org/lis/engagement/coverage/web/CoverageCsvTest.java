package org.lis.engagement.coverage.web;

import org.junit.jupiter.api.Test;
import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.engagement.coverage.query.PartnerCoverageRow;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV the board opens in a spreadsheet: RFC 4180 quoting, and no cell a spreadsheet would run. */
class CoverageCsvTest {

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        assertThat(CoverageCsv.field("=1+2 QA formula")).isEqualTo("'=1+2 QA formula");
        assertThat(CoverageCsv.field("+44 1280")).isEqualTo("'+44 1280");
        assertThat(CoverageCsv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CoverageCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CoverageCsv.field("\tTabbed")).isEqualTo("'\tTabbed");
        assertThat(CoverageCsv.field("\rReturn")).isEqualTo("\"'\rReturn\"");
        assertThat(CoverageCsv.field("=HYPERLINK(\"http://x\",\"a,b\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"");
    }

    @Test
    void ordinaryCellsAreUnchanged() {
        assertThat(CoverageCsv.field("University of Buckingham")).isEqualTo("University of Buckingham");
        assertThat(CoverageCsv.field("Gamma, Sons")).isEqualTo("\"Gamma, Sons\"");
        assertThat(CoverageCsv.field("")).isEmpty();
        assertThat(CoverageCsv.field("A=B")).isEqualTo("A=B");
    }

    @Test
    void aPartnerNamedLikeAFormulaIsExportedAsText() {
        PartnerCoverageRow row = new PartnerCoverageRow("p-1", "=1+2 QA formula", "BUSINESS", List.of("space"),
                List.of("MOBILITY"), "@district", false, EngagementLevel.INVITED, 1, 0, 0, 0, null, null);
        String csv = CoverageCsv.write(List.of(row));
        assertThat(csv.split("\r\n")[1]).isEqualTo("p-1,'=1+2 QA formula,BUSINESS,space,MOBILITY,'@district,false,"
                + "INVITED,1,0,0,0,,,0");
        assertThat(CoverageCsv.write(List.of(new PartnerCoverageRow("p-2", "Plain", "BUSINESS", List.of(),
                List.of(), null, true, EngagementLevel.ENGAGED, 0, 1, 0, 0, LocalDate.of(2018, 8, 1),
                LocalDate.of(2018, 8, 1)))).split("\r\n")[1])
                .isEqualTo("p-2,Plain,BUSINESS,,,,true,ENGAGED,0,1,0,0,2018-08-01,2018-08-01,0");
    }
}
