package org.lis.engagement.ops;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.lis.engagement.partner.query.HeldPartners;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lis.support.test.TestUsers.OFFICER;

/**
 * The service prunes the partner list's change log down to what a held list can still catch up from (here five
 * events, pruned every 200 ms), and the list still shows every partner as last changed (a copy whose entries were
 * pruned under it is HeldPartnersTest's).
 */
@TestPropertySource(properties = {"lis.partners.max-catch-up=5", "lis.change-logs.prune-interval=200ms"})
class ChangeLogPruningIT extends ApiTestBase {

    @Test
    void theLogKeepsTheLastEventsOnlyAndTheListStaysWhole() {
        String prefix = unique("Pruned");
        String first = registerPartner(prefix + " 00");
        assertThat(listed(prefix)).containsExactly(prefix + " 00");

        List<String> names = new ArrayList<>(List.of(prefix + " 00 renamed"));
        for (int i = 1; i <= 12; i++) {
            names.add(prefix + " %02d".formatted(i));
            registerPartner(names.get(i));
        }
        rename(first, prefix + " 00 renamed");
        long head = ((Number) eventDatabase().getCollection("domainevents").find()
                .sort(Sorts.descending("_id")).first().get("_id")).longValue();

        await().atMost(Duration.ofSeconds(10)).until(() -> prunedThrough() >= head - 5);
        long oldest = logged().stream().mapToLong(entry -> ((Number) entry.get("_id")).longValue())
                .filter(index -> index >= 0).min().orElseThrow();
        assertThat(oldest).isGreaterThan(prunedThrough());

        assertThat(listed(prefix)).containsExactlyInAnyOrderElementsOf(names);
    }

    private long prunedThrough() {
        Document note = serviceDatabase().getCollection(HeldPartners.CHANGES).find(Filters.eq("_id", -1L)).first();
        return note == null ? -1 : ((Number) note.get("through")).longValue();
    }

    private List<Document> logged() {
        return serviceDatabase().getCollection(HeldPartners.CHANGES).find().into(new ArrayList<>());
    }

    private void rename(String id, String name) {
        client.put().uri("/api/partners/" + id).header("Authorization", OFFICER).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(partnerBody(name)).exchange().expectStatus().isOk();
        awaitPartnerVersion(id, 1);
    }

    @SuppressWarnings("unchecked")
    private List<String> listed(String query) {
        Map<String, Object> page = get("/api/partners?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), OFFICER)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("name")).toList();
    }
}
