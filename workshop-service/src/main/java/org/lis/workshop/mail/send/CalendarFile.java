package org.lis.workshop.mail.send;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

import org.lis.events.workshop.MailKind;
import org.lis.workshop.mail.job.ScheduledWorkshop;
import org.lis.workshop.mail.recipient.Recipient;

import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DefaultTimeZoneRegistryFactory;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * The workshop as an iCalendar (RFC 5545) entry, made with ical4j: one {@code UID} per workshop, so every update and
 * the cancellation replace the entry the invitation made; {@code SEQUENCE} counts its changes; times in Europe/London
 * with that zone's definition included. {@code METHOD:REQUEST} for the invitation and updates, {@code METHOD:CANCEL}
 * for the cancellation and for the notice that an invitation was sent in error (RFC 5546). The attendee is asked for no calendar reply (RSVP=FALSE): answers come by the
 * link in the email, which records them.
 */
public final class CalendarFile {

    public static final String PRODUCT = "-//LIS stakeholder engagement//Workshops//EN";
    private static final TimeZoneRegistry ZONES = new DefaultTimeZoneRegistryFactory().createRegistry();

    private CalendarFile() {
    }

    /** The calendar's text; {@code uidDomain} makes the UID unique beyond this system. */
    public static String of(ScheduledWorkshop workshop, MailKind kind, int sequence, Recipient recipient,
                            InternetAddress organizer, String uidDomain, ZoneId zone, Instant stamp,
                            String description) {
        var timeZone = ZONES.getTimeZone(zone.getId());
        VEvent event = new VEvent(workshop.startsAt().atZone(zone), workshop.endsAt().atZone(zone), workshop.title());
        event.replace(new DtStamp(stamp));
        event.add(uid(workshop.id(), uidDomain));
        event.add(new Sequence(sequence));
        event.add(cancels(kind) ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (workshop.venue() != null) {
            event.add(new Location(workshop.venue()));
        }
        event.add(new Description(description));
        Organizer organizerProperty = new Organizer(URI.create("mailto:" + organizer.getAddress()));
        if (organizer.getPersonal() != null) {
            organizerProperty.add(new Cn(organizer.getPersonal()));
        }
        event.add(organizerProperty);
        Attendee attendee = new Attendee(URI.create("mailto:" + recipient.email()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(Rsvp.FALSE);
        if (recipient.name() != null) {
            attendee.add(new Cn(recipient.name()));
        }
        event.add(attendee);
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(cancels(kind) ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(timeZone.getVTimeZone())
                .withComponent(event)
                .getFluentTarget();
        return calendar.toString();
    }

    /** The method, as the calendar part's content type names it too. */
    public static String method(MailKind kind) {
        return cancels(kind) ? "CANCEL" : "REQUEST";
    }

    /** The cancellation, and the withdrawal of an invitation sent in error, take the entry out of the calendar. */
    private static boolean cancels(MailKind kind) {
        return kind == MailKind.CANCELLATION || kind == MailKind.WITHDRAWN;
    }

    private static Uid uid(String workshopId, String uidDomain) {
        return new Uid("workshop-" + workshopId + "@" + uidDomain);
    }
}
