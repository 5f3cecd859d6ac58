package org.lis.console.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lis.console.config.ConsoleProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/** The console reads a list whole, page after page, however long the register grows. */
class EngagementApiTest {

    private final List<String> asked = new ArrayList<>();

    @Test
    void readsARegisterLongerThanOnePageWhole() {
        List<Map<String, Object>> partners = api(1_203).partners().block();

        assertThat(partners).hasSize(1_203);
        assertThat(partners).extracting(p -> p.get("id")).containsExactlyElementsOf(
                IntStream.range(0, 1_203).mapToObj(i -> (Object) ("p" + i)).toList());
        assertThat(asked).containsExactly("page=0&size=500", "page=1&size=500", "page=2&size=500");
    }

    @Test
    void readsAShortOrEmptyListWithOneRequest() {
        assertThat(api(3).partners().block()).hasSize(3);
        assertThat(api(0).partners().block()).isEmpty();
        assertThat(asked).containsExactly("page=0&size=500", "page=0&size=500");
    }

    /** An engagement service whose register holds {@code total} partners, paged as the API pages. */
    private EngagementApi api(int total) {
        WebClient.Builder builder = WebClient.builder().exchangeFunction(request -> {
            asked.add(request.url().getRawQuery());
            var query = UriComponentsBuilder.fromUri(request.url()).build().getQueryParams();
            int page = Integer.parseInt(query.getFirst("page"));
            int size = Integer.parseInt(query.getFirst("size"));
            String items = String.join(",", IntStream.range(page * size, Math.min(total, (page + 1) * size))
                    .mapToObj(i -> "{\"id\":\"p" + i + "\"}").toList());
            return Mono.just(ClientResponse.create(HttpStatus.OK)
                    .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                    .body("{\"items\":[" + items + "],\"page\":" + page + ",\"size\":" + size + ",\"total\":" + total + "}")
                    .build());
        });
        return new EngagementApi(builder, new ConsoleProperties("http://engagement", "http://workshop"),
                () -> Mono.just("Bearer test"));
    }
}
