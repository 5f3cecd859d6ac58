package org.lis.console.client;

import org.junit.jupiter.api.Test;
import org.lis.console.config.ConsoleProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page after a write waits for the workshop's views to show it; refusals carry the service's code. */
class WorkshopApiTest {

    @Test
    void waitsUntilTheWorkshopsViewsReachTheWritesVersion() {
        AtomicInteger reads = new AtomicInteger();
        WorkshopApi api = api(request -> json(HttpStatus.OK, "{\"id\":\"w1\",\"version\":" + reads.incrementAndGet() + "}"));

        assertThat(api.workshopAtLeast("w1", 3).block()).containsEntry("version", 3);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aRefusalNamesItsCode() {
        WorkshopApi api = api(request -> json(HttpStatus.CONFLICT, """
                {"type":"urn:lis:problem:ALREADY_CHECKED_IN","title":"Conflict","status":409,
                 "detail":"Partner 'p1' is already checked in at workshop 'w1'"}"""));

        assertThatThrownBy(() -> api.checkIn("w1", "p1", false).block()).isInstanceOfSatisfying(ServiceProblem.class,
                problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.code()).isEqualTo("ALREADY_CHECKED_IN");
                });
    }

    private static Mono<ClientResponse> json(HttpStatus status, String body) {
        return Mono.just(ClientResponse.create(status).header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .body(body).build());
    }

    private static WorkshopApi api(ExchangeFunction answers) {
        return new WorkshopApi(WebClient.builder().exchangeFunction(answers),
                new ConsoleProperties("http://engagement", "http://workshop"), () -> Mono.just("Bearer test"));
    }
}
