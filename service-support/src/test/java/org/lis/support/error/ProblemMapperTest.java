package org.lis.support.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;

class ProblemMapperTest {

    enum Codes implements ErrorCode {
        PARTNER_UNKNOWN(Kind.NOT_FOUND);

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
        Problem timeout = mapper.map(new RuntimeException(new MongoTimeoutException("Timed out after 3000 ms")));
        assertThat(timeout.status().value()).isEqualTo(503);
        assertThat(timeout.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");

        Problem refused = mapper.map(new MongoSocketOpenException("refused", new ServerAddress()));
        assertThat(refused.status().value()).isEqualTo(503);
    }

    @Test
    void domainErrorsKeepTheirCodeThroughTheWrappers() {
        DomainException unknown = new DomainException(Codes.PARTNER_UNKNOWN, "No partner 'p-1'");
        Problem problem = mapper.map(new CompletionException(new CommandExecutionException("failed", unknown)));
        assertThat(problem.status().value()).isEqualTo(404);
        assertThat(problem.body("/x")).containsEntry("code", "PARTNER_UNKNOWN").containsEntry("detail", "No partner 'p-1'");
    }

    @Test
    void versionConflictsAre412AndLostRacesAre409() {
        assertThat(mapper.map(new ConflictingAggregateVersionException("a", 1, 2)).status().value()).isEqualTo(412);
        assertThat(mapper.map(new ConcurrencyException("lost")).status().value()).isEqualTo(409);
    }

    @Test
    void anOversizedBodyIs413() {
        assertThat(mapper.map(new DataBufferLimitException("too big")).status().value()).isEqualTo(413);
    }

    @Test
    void anythingElseIs500WithoutInternals() {
        Problem problem = mapper.map(new IllegalStateException("secret internals"));
        assertThat(problem.status().value()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("secret");
    }
}
