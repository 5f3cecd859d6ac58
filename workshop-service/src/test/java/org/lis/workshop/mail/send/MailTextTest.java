package org.lis.workshop.mail.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lis.events.workshop.MailKind;
import org.lis.workshop.mail.job.ScheduledWorkshop;

class MailTextTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant STARTS = Instant.parse("2030-04-10T09:00:00Z");
    private static final ScheduledWorkshop WORKSHOP = new ScheduledWorkshop("w1", "p1", "AI and data", STARTS,
            STARTS.plusSeconds(4 * 3600), "University of Buckingham", List.of("h1"), 0, false, null);
    private static final List<MailText.Hypothesis> TESTED = List.of(
            new MailText.Hypothesis("AI centre", "Buckingham can anchor an AI research centre"));
    private static final MailText.Links LINKS = new MailText.Links("https://x/rsvp/t?response=ACCEPTED",
            "https://x/rsvp/t?response=TENTATIVE", "https://x/rsvp/t?response=DECLINED");

    @Test
    void anInvitationSaysWhatWhenWhereWhyAndHowToAnswer() {
        MailText text = MailText.of(MailKind.INVITATION, WORKSHOP, "Ada Lovelace", TESTED, LINKS, "The team", LONDON);

        assertThat(text.subject()).isEqualTo("Invitation: AI and data, 10 April 2030");
        assertThat(text.body()).contains("Dear Ada Lovelace,",
                "When: Wednesday 10 April 2030, 10:00am to 2:00pm (UK time)",
                "Where: University of Buckingham",
                "- AI centre: Buckingham can anchor an AI research centre",
                "Accept:    https://x/rsvp/t?response=ACCEPTED",
                "Decline:   https://x/rsvp/t?response=DECLINED",
                "The calendar entry is attached.");
    }

    @Test
    void aCancellationGivesTheReasonAndAsksForNoAnswer() {
        ScheduledWorkshop cancelled = new ScheduledWorkshop("w1", "p1", "AI and data", STARTS,
                STARTS.plusSeconds(3600), "Buckingham", List.of(), 1, true, "Venue flooded");

        MailText text = MailText.of(MailKind.CANCELLATION, cancelled, null, List.of(), null, "The team", LONDON);

        assertThat(text.subject()).startsWith("Cancelled: AI and data");
        assertThat(text.body()).contains("Hello,", "is cancelled", "Why: Venue flooded").doesNotContain("Accept");
    }

    @Test
    void aWorkshopOverTwoDaysSaysBoth() {
        assertThat(MailText.when(STARTS, STARTS.plusSeconds(86_400), LONDON))
                .isEqualTo("Wednesday 10 April 2030, 10:00am to Thursday 11 April 2030, 10:00am (UK time)");
    }

    @Test
    void aWithdrawalSaysTheInvitationWasSentInErrorAndAsksForNoAnswer() {
        MailText text = MailText.of(MailKind.WITHDRAWN, WORKSHOP, "Ada Lovelace", List.of(), null, "The team", LONDON);

        assertThat(text.subject()).isEqualTo("Sent in error: invitation to AI and data, 10 April 2030");
        assertThat(text.body()).contains("Dear Ada Lovelace,", "in error", "disregard", "The calendar entry is attached")
                .doesNotContain("Accept:", "investment hypotheses");
    }
}
