package org.lis.engagement.audit.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lis.events.partner.ContactAddedEvent;
import org.lis.events.partner.ContactErasedEvent;
import org.lis.events.partner.LawfulBasis;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;
import org.lis.events.programme.DatePrecision;
import org.lis.events.programme.MilestoneDeliveredEvent;
import org.lis.events.programme.MilestoneSlippedEvent;
import org.lis.events.workshop.AttendeeCheckedInEvent;
import org.lis.events.workshop.InvitationSentEvent;
import org.lis.events.workshop.MailFailedEvent;
import org.lis.events.workshop.MailFailure;
import org.lis.events.workshop.MailKind;
import org.lis.events.workshop.PartnerInvitedEvent;
import org.lis.localmongo.LocalMemoryBackend;
import org.lis.support.web.PageRequest;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditProjectionTest {

    private final MongoServer server = new MongoServer(new LocalMemoryBackend());
    private MongoClient sync;
    private com.mongodb.reactivestreams.client.MongoClient reactive;
    private AnnotationEventHandlerAdapter projection;
    private AuditQueries reader;

    @BeforeEach
    void start() {
        InetSocketAddress address = server.bind();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        sync = MongoClients.create(uri);
        reactive = com.mongodb.reactivestreams.client.MongoClients.create(uri);
        projection = new AnnotationEventHandlerAdapter(new AuditProjection(sync.getDatabase("audit")));
        reader = new AuditQueries(reactive.getDatabase("audit"));
    }

    @AfterEach
    void stop() {
        sync.close();
        reactive.close();
        server.shutdownNow();
    }

    @Test
    void linesInGlobalOrderWithActorAndNoPersonalData() throws Exception {
        handle(2, "p-1", 0, new ContactAddedEvent("p-1", "c-1", "Head of research", LawfulBasis.CONSENT,
                "ciphertext-name", "ciphertext-email", "ciphertext-phone"));
        handle(1, "p-1", 0, new PartnerRegisteredEvent("p-1", "University of Buckingham",
                new PartnerClassification(PartnerType.UNIVERSITY, List.of(), List.of(), "Aylesbury Vale", true),
                LocalDate.parse("2018-05-01")));
        handle(2, "p-1", 1, new ContactAddedEvent("p-1", "c-1", "Head of research", LawfulBasis.CONSENT,
                "ciphertext-name", "ciphertext-email", "ciphertext-phone"));

        List<AuditItem> items = reader.find(AuditFilter.ofAggregate("p-1"), PageRequest.of(0, 50)).block().items();
        assertThat(items).extracting(AuditItem::globalIndex).containsExactly(1L, 2L);
        assertThat(items).extracting(AuditItem::summary).containsExactly(
                "partner registered: University of Buckingham (UNIVERSITY, key partner)",
                "contact added (role: Head of research)");
        assertThat(items.get(0).actor()).isEqualTo("officer");
        assertThat(items.get(0).aggregateType()).isEqualTo("Partner");
    }

    @Test
    void milestoneLinesSayWhatHappenedAndWhy() throws Exception {
        handle(5, "prog", 1, new MilestoneDeliveredEvent("prog", "P1", "m-1", "Draft evidence base",
                LocalDate.parse("2018-07-16"), "Circulated to the board"));
        handle(6, "prog", 2, new MilestoneSlippedEvent("prog", "P2", "m-2", "Draft LIS vision",
                LocalDate.parse("2018-09-24"), DatePrecision.WEEK, LocalDate.parse("2018-10-01"), DatePrecision.MONTH,
                "Evidence from the audits came late"));

        assertThat(reader.find(AuditFilter.ofAggregate("prog"), PageRequest.of(0, 50)).block().items())
                .extracting(AuditItem::summary).containsExactly(
                        "milestone delivered: Draft evidence base (phase P1) on 2018-07-16: Circulated to the board",
                        "milestone slipped: Draft LIS vision (phase P2) from w/c 2018-09-24 to month of 2018-10: "
                                + "Evidence from the audits came late");
    }

    @Test
    void workshopLinesNamePartnersAndWorkshops() throws Exception {
        sync.getDatabase("audit").getCollection("coverage_partner_versions").insertOne(new Document(
                "_id", "e-1").append("partnerId", "p-1").append("name", "Brunel University")
                .append("recordedAt", new Date()));
        sync.getDatabase("audit").getCollection("coverage_workshops").insertOne(new Document(
                "_id", "w-1").append("title", "Clean growth"));
        handle(3, "w-1", 0, new PartnerInvitedEvent("w-1", "prog", "i-1", "p-1", null,
                Instant.parse("2018-08-13T09:00:00Z")));
        handle(4, "w-1", 1, new AttendeeCheckedInEvent("w-1", "prog", "p-2", null,
                Instant.parse("2018-08-29T08:40:00Z"), true));

        assertThat(reader.find(AuditFilter.ofAggregate("w-1"), PageRequest.of(0, 50)).block().items())
                .extracting(AuditItem::summary).containsExactly(
                        "Brunel University invited to workshop 'Clean growth'",
                        "partner p-2 checked in at workshop 'Clean growth' (walk-in)");
    }

    @Test
    void aPartnersLinesIncludeWhatItsWorkshopsRecordedAndCanBeNarrowedToOneType() throws Exception {
        handle(1, "p-1", 0, new PartnerRegisteredEvent("p-1", "Brunel University",
                new PartnerClassification(PartnerType.UNIVERSITY, List.of(), List.of(), "Aylesbury Vale", false),
                LocalDate.parse("2018-05-01")));
        handle(2, "w-1", 0, new PartnerInvitedEvent("w-1", "prog", "i-1", "p-1", null,
                Instant.parse("2018-08-13T09:00:00Z")));
        handle(3, "w-1", 1, new PartnerInvitedEvent("w-1", "prog", "i-2", "p-2", null,
                Instant.parse("2018-08-13T09:00:00Z")));
        handle(4, "w-1", 2, new AttendeeCheckedInEvent("w-1", "prog", "p-1", null,
                Instant.parse("2018-08-29T08:40:00Z"), false));

        assertThat(reader.find(AuditFilter.ofPartner("p-1"), PageRequest.of(0, 50)).block().items())
                .extracting(AuditItem::globalIndex).containsExactly(1L, 2L, 4L);
        assertThat(reader.find(new AuditFilter(null, "p-1", "PartnerInvitedEvent", null, null), PageRequest.of(0, 50))
                .block().items()).extracting(AuditItem::globalIndex).containsExactly(2L);
    }

    @Test
    void aPartnersLinesWrittenBeforePartnersWereNotedAreFoundByTheirAggregate() {
        sync.getDatabase("audit").getCollection(AuditProjection.COLLECTION).insertOne(new Document("_id", 7L)
                .append("recordedAt", new Date()).append("type", "PartnerRegisteredEvent")
                .append("aggregateId", "p-9").append("aggregateType", "Partner").append("summary", "registered"));

        assertThat(reader.find(AuditFilter.ofPartner("p-9"), PageRequest.of(0, 50)).block().items())
                .extracting(AuditItem::globalIndex).containsExactly(7L);
    }

    @Test
    void anErasedContactIsShownAsErased() throws Exception {
        handle(1, "p-1", 0, new ContactAddedEvent("p-1", "c-1", "Head of research", LawfulBasis.CONSENT,
                "n", "e", "p"));
        handle(2, "p-1", 1, new ContactErasedEvent("p-1", "c-1", Instant.parse("2018-10-01T10:00:00Z")));
        handle(1, "p-1", 0, new ContactAddedEvent("p-1", "c-1", "Head of research", LawfulBasis.CONSENT,
                "n", "e", "p"));

        assertThat(reader.find(AuditFilter.all(), PageRequest.of(0, 50)).block().items())
                .extracting(AuditItem::summary).containsExactly("contact added (erased)", "contact erased");
    }

    /** The email's line comes from the workshop, the erasure from the partner, in either order. */
    @Test
    void anEmailToAContactErasedSinceSaysSoAndNamesNoOne() throws Exception {
        sync.getDatabase("audit").getCollection("coverage_partner_versions").insertOne(new Document(
                "_id", "e-1").append("partnerId", "p-1").append("name", "Brunel University")
                .append("recordedAt", new Date()));
        sync.getDatabase("audit").getCollection("coverage_workshops").insertOne(new Document(
                "_id", "w-1").append("title", "Clean growth"));
        handle(5, "w-1", 2, new InvitationSentEvent("w-1", "prog", "i-1", "p-1", "c-1", MailKind.INVITATION, 0,
                "<invitation.i-1.c-1.0@lis.example>", Instant.parse("2018-08-13T09:00:00Z")));
        handle(6, "w-1", 3, new InvitationSentEvent("w-1", "prog", "i-1", "p-1", "c-2", MailKind.UPDATE, 1,
                "<update.i-1.c-2.1@lis.example>", Instant.parse("2018-08-14T09:00:00Z")));
        handle(7, "w-1", 4, new MailFailedEvent("w-1", "prog", "i-2", "p-1", null, MailKind.INVITATION, 0,
                MailFailure.NO_RECIPIENT, 1, Instant.parse("2018-08-14T09:00:00Z")));

        assertThat(reader.find(AuditFilter.ofAggregate("w-1"), PageRequest.of(0, 50)).block().items())
                .extracting(AuditItem::summary).containsExactly(
                        "invitation of workshop 'Clean growth' emailed to a contact of Brunel University "
                                + "(message <invitation.i-1.c-1.0@lis.example>)",
                        "updated calendar entry (sequence 1) of workshop 'Clean growth' emailed to a contact of "
                                + "Brunel University (message <update.i-1.c-2.1@lis.example>)",
                        "invitation of workshop 'Clean growth' to Brunel University not sent: NO_RECIPIENT after "
                                + "1 attempt");

        handle(8, "p-1", 1, new ContactErasedEvent("p-1", "c-1", Instant.parse("2018-10-01T10:00:00Z")));

        assertThat(reader.find(AuditFilter.ofAggregate("w-1"), PageRequest.of(0, 50)).block().items().get(0).summary())
                .isEqualTo("invitation of workshop 'Clean growth' emailed to (erased contact) of Brunel University "
                        + "(message <invitation.i-1.c-1.0@lis.example>)");
    }

    private void handle(long globalIndex, String aggregateId, long sequence, Object event) throws Exception {
        projection.handle(new GenericTrackedDomainEventMessage<>(
                GapAwareTrackingToken.newInstance(globalIndex, Set.of()),
                new GenericDomainEventMessage<>("Partner", aggregateId, sequence, event,
                        MetaData.with("actor", "officer"))));
    }
}
