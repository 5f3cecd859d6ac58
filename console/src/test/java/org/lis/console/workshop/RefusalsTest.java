package org.lis.console.workshop;

import org.junit.jupiter.api.Test;
import org.lis.console.client.ServiceProblem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service names partners and workshops by id; the facilitator reads names and what to do instead. */
class RefusalsTest {

    @Test
    void aRefusalIsWrittenWithThePartnersName() {
        assertThat(Refusals.words(problem(409, "ALREADY_CHECKED_IN"), "Silverstone Park"))
                .isEqualTo("Silverstone Park is already checked in");
        assertThat(Refusals.words(problem(409, "FEEDBACK_ALREADY_GIVEN"), null))
                .startsWith("This partner has already given feedback");
        assertThat(Refusals.words(problem(409, "SOMETHING_NEW"), "Silverstone Park")).isEqualTo("detail in words");
    }

    @Test
    void onlyARefusalOfTheRequestIsShownBesideTheForm() {
        assertThat(Refusals.isRefusal(problem(409, "WORKSHOP_CLOSED"))).isTrue();
        assertThat(Refusals.isRefusal(problem(400, null))).isTrue();
        assertThat(Refusals.isRefusal(problem(404, "PARTNER_UNKNOWN"))).isTrue();
        assertThat(Refusals.isRefusal(problem(404, "WORKSHOP_NOT_FOUND"))).isFalse();
        assertThat(Refusals.isRefusal(problem(503, null))).isFalse();
        assertThat(Refusals.isRefusal(new IllegalStateException())).isFalse();
    }

    private static ServiceProblem problem(int status, String code) {
        return new ServiceProblem(status, "Conflict", "detail in words", List.of(), code);
    }
}
