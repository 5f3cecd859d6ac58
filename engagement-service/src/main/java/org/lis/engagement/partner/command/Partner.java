package org.lis.engagement.partner.command;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.lis.engagement.activity.command.RecordEngagementActivityCommand;
import org.lis.engagement.contact.command.EncryptedContact;
import org.lis.engagement.contact.command.EraseContactCommand;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.EngagementActivityRecordedEvent;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerUpdatedEvent;
import org.lis.support.error.DomainException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lis.engagement.EngagementError.CONTACT_ALREADY_ERASED;
import static org.lis.engagement.EngagementError.CONTACT_NOT_FOUND;
import static org.lis.engagement.EngagementError.DUPLICATE_ACTIVITY;
import static org.lis.engagement.EngagementError.DUPLICATE_CONTACT;
import static org.lis.engagement.EngagementError.INVALID_ACTIVITY;
import static org.lis.engagement.EngagementError.INVALID_CONTACT;

/**
 * A partner organisation: its profile and classification, its contacts and the engagement recorded
 * with it outside workshops. Unique names are a set-based rule kept by the name registry, not here.
 * The aggregate keeps only which contacts exist and whether they were erased: never their data.
 * <p>
 * Every command to a partner needs something outside it first (a claimed name, a contact's key, a
 * programme that exists), so the command handlers of its features load it and call these methods; see
 * {@link PartnerCommandHandler}. Each method checks its rules, then applies.
 */
public class Partner {

    @AggregateIdentifier
    private String partnerId;
    /** contact id -> erased */
    private final Map<String, Boolean> contacts = new HashMap<>();
    private final Set<String> activityIds = new HashSet<>();
    /** The name as last recorded, and the classification last recorded for each date it is in force from. */
    private String name;
    private final Map<String, PartnerClassification> classificationsByDate = new HashMap<>();

    protected Partner() {
    }

    public Partner(RegisterPartnerCommand command) {
        PartnerRules.checkProfile(command.name(), command.classification(), command.effectiveOn());
        apply(new PartnerRegisteredEvent(command.partnerId(), command.name().strip(),
                tidy(command.classification()), command.effectiveOn()));
    }

    public Long handle(UpdatePartnerCommand command) {
        PartnerRules.checkProfile(command.name(), command.classification(), command.effectiveOn());
        PartnerClassification classification = tidy(command.classification());
        boolean unchanged = command.name().strip().equals(name)
                && classification.equals(classificationsByDate.get(command.effectiveOn().toString()));
        if (unchanged) {
            // a repeated save changes nothing: no event, so the audit trail and other clients' ETags stay as they are
            return AggregateLifecycle.getVersion();
        }
        apply(new PartnerUpdatedEvent(partnerId, command.name().strip(), classification, command.effectiveOn()));
        return AggregateLifecycle.getVersion();
    }

    /** The contact's personal data arrives encrypted: the aggregate never holds it in plain text. */
    public Long addContact(EncryptedContact contact) {
        if (contacts.containsKey(contact.contactId())) {
            throw new DomainException(DUPLICATE_CONTACT, "Contact " + contact.contactId() + " already exists");
        }
        if (contact.lawfulBasis() == null) {
            throw new DomainException(INVALID_CONTACT, "lawfulBasis", "lawfulBasis: personal data needs a recorded lawful basis");
        }
        if (isBlank(contact.encryptedName()) || isBlank(contact.encryptedEmail())) {
            throw new DomainException(INVALID_CONTACT, isBlank(contact.encryptedName()) ? "name" : "email",
                    "name, email: a contact needs a name and an email");
        }
        apply(new ContactAddedEvent(partnerId, contact.contactId(), contact.role(), contact.lawfulBasis(),
                contact.encryptedName(), contact.encryptedEmail(), contact.encryptedPhone()));
        return AggregateLifecycle.getVersion();
    }

    public Long handle(EraseContactCommand command) {
        Boolean erased = contacts.get(command.contactId());
        if (erased == null) {
            throw new DomainException(CONTACT_NOT_FOUND,
                    "Partner " + partnerId + " has no contact " + command.contactId());
        }
        if (erased) {
            throw new DomainException(CONTACT_ALREADY_ERASED, "Contact " + command.contactId() + " is already erased");
        }
        apply(new ContactErasedEvent(partnerId, command.contactId(), command.erasedAt()));
        return AggregateLifecycle.getVersion();
    }

    public Long handle(RecordEngagementActivityCommand command) {
        if (activityIds.contains(command.activityId())) {
            throw new DomainException(DUPLICATE_ACTIVITY, "Activity " + command.activityId() + " is already recorded");
        }
        if (command.kind() == null) {
            throw new DomainException(INVALID_ACTIVITY, "kind", "kind: an activity needs a kind");
        }
        if (command.occurredOn() == null) {
            throw new DomainException(INVALID_ACTIVITY, "occurredOn", "occurredOn: an activity needs the date it took place");
        }
        if (command.occurredOn().isAfter(command.today())) {
            throw new DomainException(INVALID_ACTIVITY, "occurredOn",
                    "occurredOn: " + command.occurredOn() + " is in the future; record engagement once it took place");
        }
        if (isBlank(command.summary())) {
            throw new DomainException(INVALID_ACTIVITY, "summary", "summary: say what the engagement was about");
        }
        apply(new EngagementActivityRecordedEvent(partnerId, command.activityId(), command.kind(),
                command.occurredOn(), command.summary().strip(), command.programmeId(),
                new ArrayList<>(new LinkedHashSet<>(command.themes()))));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(PartnerRegisteredEvent event) {
        partnerId = event.partnerId();
        name = event.name();
        classificationsByDate.put(event.effectiveOn().toString(), event.classification());
    }

    @EventSourcingHandler
    void on(PartnerUpdatedEvent event) {
        name = event.name();
        classificationsByDate.put(event.effectiveOn().toString(), event.classification());
    }

    @EventSourcingHandler
    void on(ContactAddedEvent event) {
        contacts.put(event.contactId(), false);
    }

    @EventSourcingHandler
    void on(ContactErasedEvent event) {
        contacts.put(event.contactId(), true);
    }

    @EventSourcingHandler
    void on(EngagementActivityRecordedEvent event) {
        activityIds.add(event.activityId());
    }

    /** Repeated tags carry no meaning; keep the first of each. A blank district is none. */
    private static PartnerClassification tidy(PartnerClassification c) {
        return new PartnerClassification(c.type(), new ArrayList<>(new LinkedHashSet<>(c.sectors())),
                new ArrayList<>(new LinkedHashSet<>(c.themes())), isBlank(c.district()) ? null : c.district().strip(),
                c.keyPartner());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
