package org.lis.workshop.mail.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lis.events.workshop.MailKind;
import org.lis.workshop.mail.job.ScheduledWorkshop;
import org.lis.workshop.mail.recipient.Recipient;

import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/** The calendar entry as a calendar program reads it: parsed back with ical4j. */
class CalendarFileTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** 10:00 in London, British Summer Time. */
    private static final Instant SUMMER = Instant.parse("2030-04-10T09:00:00Z");
    /** 10:00 in London, Greenwich Mean Time. */
    private static final Instant WINTER = Instant.parse("2030-11-12T10:00:00Z");
    private static final Instant STAMP = Instant.parse("2030-03-01T12:00:00Z");
    private static final Recipient ADA = new Recipient("c1", "Ada Lovelace", "ada@example.org");

    private static ScheduledWorkshop workshop(Instant startsAt, int sequence) {
        return new ScheduledWorkshop("w1", "p1", "AI and data", startsAt, startsAt.plusSeconds(4 * 3600),
                "University of Buckingham", List.of(), sequence, false, null);
    }

    private static Calendar parsed(ScheduledWorkshop workshop, MailKind kind) throws Exception {
        String text = CalendarFile.of(workshop, kind, workshop.sequence(), ADA,
                new InternetAddress("LIS engagement <engagement@lis.example>"), "lis.example", LONDON, STAMP,
                "Hypotheses to be tested:\n- AI centre");
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    @Test
    void anInvitationIsARequestStartingAtTheWorkshopsTimeInLondon() throws Exception {
        Calendar calendar = parsed(workshop(SUMMER, 0), MailKind.INVITATION);
        VEvent event = event(calendar);

        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        DtStart<Temporal> start = event.getStartDate().orElseThrow();
        ZonedDateTime startsAt = (ZonedDateTime) start.getDate();
        assertThat(startsAt.toInstant()).isEqualTo(SUMMER);
        assertThat(startsAt.toLocalTime()).hasToString("10:00");
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(property(event, "UID")).isEqualTo("workshop-w1@lis.example");
        assertThat(property(event, "SEQUENCE")).isEqualTo("0");
        assertThat(property(event, "SUMMARY")).isEqualTo("AI and data");
        assertThat(property(event, "LOCATION")).isEqualTo("University of Buckingham");
        assertThat(property(event, "DTSTAMP")).isEqualTo("20300301T120000Z");
        assertThat(property(event, "ATTENDEE")).isEqualTo("mailto:ada@example.org");
        assertThat(property(event, "ORGANIZER")).isEqualTo("mailto:engagement@lis.example");
        assertThat(calendar.getComponents("VTIMEZONE")).as("the zone's rules travel with it").hasSize(1);
    }

    @Test
    void aWinterWorkshopStartsAtTheSameLondonTimeInGreenwichMeanTime() throws Exception {
        ZonedDateTime startsAt = (ZonedDateTime) event(parsed(workshop(WINTER, 0), MailKind.INVITATION))
                .getStartDate().orElseThrow().getDate();

        assertThat(startsAt.toInstant()).isEqualTo(WINTER);
        assertThat(startsAt.toLocalTime()).hasToString("10:00");
    }

    @Test
    void anUpdateKeepsTheUidWithAHigherSequence() throws Exception {
        VEvent invitation = event(parsed(workshop(SUMMER, 0), MailKind.INVITATION));
        Calendar update = parsed(workshop(SUMMER.plusSeconds(86_400), 1), MailKind.UPDATE);

        assertThat(update.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(property(event(update), "UID")).isEqualTo(property(invitation, "UID"));
        assertThat(property(event(update), "SEQUENCE")).isEqualTo("1");
    }

    @Test
    void aCancellationIsACancelOfTheSameEntry() throws Exception {
        Calendar cancellation = parsed(workshop(SUMMER, 2), MailKind.CANCELLATION);

        assertThat(cancellation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(property(event(cancellation), "STATUS")).isEqualTo("CANCELLED");
        assertThat(property(event(cancellation), "UID")).isEqualTo("workshop-w1@lis.example");
        assertThat(property(event(cancellation), "SEQUENCE")).isEqualTo("2");
    }

    /** The notice that an invitation was sent in error takes the entry out of the invitee's calendar. */
    @Test
    void aWithdrawalCancelsTheEntryTheInvitationMade() throws Exception {
        VEvent invitation = event(parsed(workshop(SUMMER, 0), MailKind.INVITATION));
        Calendar withdrawal = parsed(workshop(SUMMER, 0), MailKind.WITHDRAWN);

        assertThat(withdrawal.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(CalendarFile.method(MailKind.WITHDRAWN)).isEqualTo("CANCEL");
        assertThat(property(event(withdrawal), "UID")).isEqualTo(property(invitation, "UID"));
        assertThat(property(event(withdrawal), "STATUS")).isEqualTo("CANCELLED");
    }
}
