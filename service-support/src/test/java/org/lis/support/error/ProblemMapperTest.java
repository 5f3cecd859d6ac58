package org.lis.support.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.DecoderHttpMessageReader;
import org.springframework.http.codec.json.Jackson2JsonDecoder;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.annotation.RequestBodyMethodArgumentResolver;
import reactor.core.publisher.Mono;

class ProblemMapperTest {

    enum Codes implements ErrorCode {
        PARTNER_UNKNOWN(Kind.NOT_FOUND),
        LEFT_BEFORE_JOINING(Kind.UNPROCESSABLE);

        private final Kind kind;

        Codes(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void unreachableDatabaseIs503WithRetryAfter() {
        ErrorResponse timeout = mapper.map(new RuntimeException(new MongoTimeoutException("Timed out after 3000 ms")));
        assertThat(timeout.getStatusCode().value()).isEqualTo(503);
        assertThat(timeout.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");

        ErrorResponse refused = mapper.map(new MongoSocketOpenException("refused", new ServerAddress()));
        assertThat(refused.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void domainErrorsKeepTheirCodeThroughTheWrappers() {
        DomainException unknown = new DomainException(Codes.PARTNER_UNKNOWN, "No partner 'p-1'");
        ErrorResponse problem = mapper.map(new CompletionException(new CommandExecutionException("failed", unknown)));
        assertThat(problem.getStatusCode().value()).isEqualTo(404);
        assertThat(problem.getBody().getProperties()).containsEntry("code", "PARTNER_UNKNOWN");
        assertThat(problem.getBody().getDetail()).isEqualTo("No partner 'p-1'");
    }

    @Test
    void versionConflictsAre412AndLostRacesAre409() {
        assertThat(mapper.map(new ConflictingAggregateVersionException("a", 1, 2)).getStatusCode().value()).isEqualTo(412);
        assertThat(mapper.map(new ConcurrencyException("lost")).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aRuleBetweenARequestsValuesIs422NamingTheField() {
        ErrorResponse problem = mapper.map(new DomainException(Codes.LEFT_BEFORE_JOINING, "leftOn",
                "leftOn: 2018-06-01 is before joining (2018-07-01)"));
        assertThat(problem.getStatusCode().value()).isEqualTo(422);
        assertThat(problem.getBody().getProperties()).containsEntry("code", "LEFT_BEFORE_JOINING");
    }

    @Test
    void anOversizedBodyIs413() {
        assertThat(mapper.map(new DataBufferLimitException("too big")).getStatusCode().value()).isEqualTo(413);
    }

    @Test
    void anythingElseIs500WithoutInternals() {
        ErrorResponse problem = mapper.map(new IllegalStateException("secret internals"));
        assertThat(problem.getStatusCode().value()).isEqualTo(500);
        assertThat(problem.getBody().getDetail()).doesNotContain("secret");
    }

    record Ticket(String title) {
    }

    static class Endpoint {
        void open(@RequestBody Ticket ticket) {
        }
    }

    /** What Spring's own body resolver fails with for the given request body, or null for none. */
    private static Throwable readingBody(String body) throws Exception {
        var resolver = new RequestBodyMethodArgumentResolver(
                List.of(new DecoderHttpMessageReader<>(new Jackson2JsonDecoder())), ReactiveAdapterRegistry.getSharedInstance());
        var parameter = new MethodParameter(Endpoint.class.getDeclaredMethod("open", Ticket.class), 0);
        var request = MockServerHttpRequest.post("/tickets").contentType(MediaType.APPLICATION_JSON);
        var exchange = MockServerWebExchange.from(body == null ? request.build() : request.body(body));
        return resolver.resolveArgument(parameter, new BindingContext(), exchange)
                .flatMap(read -> Mono.<Throwable>empty()).onErrorResume(Mono::just).block();
    }

    @Test
    void aMissingBodyIsToldApartFromAnUnreadableOne() throws Exception {
        ErrorResponse missing = mapper.map(readingBody(null));
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getBody().getDetail()).isEqualTo("The request body is missing");
        assertThat(missing.getBody().getProperties()).containsEntry("errors", List.of(new FieldError("body", "is required")));

        ErrorResponse unreadable = mapper.map(readingBody("{\"title\": x}"));
        assertThat(unreadable.getBody().getDetail()).isEqualTo("The request body could not be read");
    }
}
