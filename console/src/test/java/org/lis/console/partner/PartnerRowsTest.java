package org.lis.console.partner;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The partners' table filtered by level and sorted on the server. */
class PartnerRowsTest {

    private static final List<Map<String, Object>> ROWS = List.of(
            row("beta", "NONE", null, 0), row("Alpha", "ENGAGED", "2018-10-03", 1),
            row("gamma", "CONTRIBUTED", "2018-09-01", 2));

    @Test
    void byNameIgnoringCase() {
        assertThat(PartnerRows.select(ROWS, null, "name")).extracting(r -> r.get("name"))
                .containsExactly("Alpha", "beta", "gamma");
    }

    @Test
    void byLevelHighestFirstAndByLastEngagedLatestFirst() {
        assertThat(PartnerRows.select(ROWS, null, "level")).extracting(r -> r.get("name"))
                .containsExactly("gamma", "Alpha", "beta");
        assertThat(PartnerRows.select(ROWS, null, "lastEngagedOn")).extracting(r -> r.get("name"))
                .containsExactly("Alpha", "gamma", "beta");
        assertThat(PartnerRows.select(ROWS, null, "attendances")).extracting(r -> r.get("name"))
                .containsExactly("gamma", "Alpha", "beta");
    }

    @Test
    void filteredByOneLevel() {
        assertThat(PartnerRows.select(ROWS, "NONE", "name")).extracting(r -> r.get("name")).containsExactly("beta");
    }

    private static Map<String, Object> row(String name, String level, String lastEngagedOn, int attendances) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", name);
        row.put("level", level);
        row.put("lastEngagedOn", lastEngagedOn);
        row.put("attendances", attendances);
        return row;
    }
}
