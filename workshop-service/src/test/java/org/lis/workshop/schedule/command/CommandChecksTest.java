package org.lis.workshop.schedule.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lis.support.error.DomainException;

/** Each refusal of a command's own values names the request field to blame, so the 400 lists it in errors. */
class CommandChecksTest {

    private static final Instant AT = Instant.parse("2018-08-14T09:00:00Z");

    @Test
    void refusalsNameTheirField() {
        assertThatThrownBy(() -> CommandChecks.requireCapacity(0)).extracting("field").isEqualTo("capacity");
        assertThatThrownBy(() -> CommandChecks.requireOrderedTimes(AT, AT)).extracting("field").isEqualTo("endsAt");
        assertThatThrownBy(() -> CommandChecks.requireReason(" ", "needs a reason")).extracting("field")
                .isEqualTo("reason");
        assertThatThrownBy(() -> CommandChecks.requireValidStance(false, 3)).extracting("field").isEqualTo("stance");
        assertThatThrownBy(() -> CommandChecks.requireValidStance(true, 6)).isInstanceOf(DomainException.class)
                .extracting("field").isEqualTo("confidence");
    }
}
