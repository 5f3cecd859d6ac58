package org.lis.engagement.ops;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.lis.support.ops.ProcessorState;
import org.lis.support.ops.ProcessorStatuses;
import org.lis.support.ops.Replays;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lis.support.test.TestUsers.OFFICER;

/**
 * The partner list is held in memory and follows the read model by its change log. A replay that runs whole between
 * two reads leaves the processor where it was, so only the count of resets tells the list to read the rebuilt
 * collection again; without it the list would go on showing what the read model held before the replay.
 */
class HeldListAfterReplayIT extends ApiTestBase {

    @Autowired
    Replays replays;
    @Autowired
    ProcessorStatuses statuses;

    @Test
    void aReplayBetweenTwoReadsOfTheListIsSeenByTheNext() {
        String name = unique("Held Partner");
        String id = registerPartner(name);
        awaitListed(name, name);
        // a document no event explains (what a projection changed since its last replay would write differently),
        // brought into the held list by the partner's next event
        serviceDatabase().getCollection("partners").updateOne(Filters.eq("_id", id),
                Updates.set("name", name + " (stray)"));
        post("/api/partners/" + id + "/activities", OFFICER, Map.of("kind", "MEETING", "occurredOn", "2018-09-19",
                "summary", "Call", "themes", List.of("AI_AND_DATA"))).expectStatus().isCreated();
        awaitListed(name, name + " (stray)");

        ProcessorState reset = replays.replay("partners");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ProcessorState state = statuses.of("partners").orElseThrow();
            return state.position() >= reset.head() && state.lag() == 0;
        });

        assertThat(listedNames(name)).containsExactly(name);
    }

    private void awaitListed(String query, String shown) {
        await().atMost(Duration.ofSeconds(10)).until(() -> listedNames(query).equals(List.of(shown)));
    }

    @SuppressWarnings("unchecked")
    private List<String> listedNames(String query) {
        Map<String, Object> page = get("/api/partners?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), OFFICER)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("name")).toList();
    }
}
