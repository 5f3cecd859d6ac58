package org.lis.engagement.consultation.query;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.lis.engagement.consultation.query.ConsultationFields.Consultations;
import org.lis.engagement.consultation.query.ConsultationFields.Responses;
import org.lis.events.consultation.ConsultationClosedEarlyEvent;
import org.lis.events.consultation.ConsultationOpenedEvent;
import org.lis.events.consultation.ConsultationResponseRecordedEvent;
import org.lis.support.mongo.ViewCollection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/**
 * Consultation windows, one document each, and their responses, one document each keyed by the response's id (so
 * a redelivered event changes nothing). Partner names are not copied: they are read from the partner register
 * when a consultation is read, so a renamed partner shows its current name.
 */
@Component
@ProcessingGroup(ConsultationProjection.PROCESSING_GROUP)
public class ConsultationProjection {

    public static final String PROCESSING_GROUP = "consultations";
    public static final String CONSULTATIONS = "consultations";
    public static final String RESPONSES = "consultation_responses";

    private final ViewCollection consultations;
    private final ViewCollection responses;

    public ConsultationProjection(MongoDatabase database) {
        this.consultations = ViewCollection.of(database, CONSULTATIONS, Consultations.PROGRAMME_ID);
        this.responses = ViewCollection.of(database, RESPONSES, Responses.CONSULTATION_ID);
    }

    /** The version only moves forward, so a redelivered event cannot take it back. */
    @EventHandler
    void on(ConsultationOpenedEvent event, @SequenceNumber long seq) {
        consultations.upsert(event.consultationId(),
                Updates.set(Consultations.PROGRAMME_ID, event.programmeId()),
                Updates.set(Consultations.TITLE, event.title()),
                Updates.set(Consultations.SUBJECT, event.subject()),
                Updates.set(Consultations.OPENS_ON, event.opensOn().toString()),
                Updates.set(Consultations.CLOSES_ON, event.closesOn().toString()),
                Updates.set(Consultations.THEMES, event.themes().stream().map(Enum::name).toList()),
                Updates.set(Consultations.HYPOTHESIS_IDS, event.hypothesisIds()),
                Updates.max(Consultations.VERSION, seq));
    }

    @EventHandler
    void on(ConsultationClosedEarlyEvent event, @SequenceNumber long seq) {
        consultations.upsert(event.consultationId(), Updates.set(Consultations.CLOSES_ON, event.closesOn().toString()),
                Updates.set(Consultations.CLOSED_EARLY_REASON, event.reason()), Updates.max(Consultations.VERSION, seq));
    }

    @EventHandler
    void on(ConsultationResponseRecordedEvent event, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        responses.put(new Document("_id", event.responseId())
                .append(Responses.CONSULTATION_ID, event.consultationId())
                .append(Responses.PARTNER_ID, event.partnerId())
                .append(Responses.RECEIVED_ON, event.receivedOn().toString())
                .append(Responses.SUMMARY, event.summary())
                .append(Responses.STANCE, event.stance().name())
                .append(Responses.HYPOTHESES, event.hypothesisStances().stream()
                        .map(h -> new Document(Responses.HYPOTHESIS_ID, h.hypothesisId())
                                .append(Responses.STANCE, h.stance().name())
                                .append(Responses.COMMENT, h.comment()))
                        .toList())
                .append(Responses.LATE, event.late())
                .append(Responses.LATE_REASON, event.lateReason())
                .append(Responses.RECORDED_AT, Date.from(recordedAt)));
        consultations.upsert(event.consultationId(), Updates.max(Consultations.VERSION, seq));
    }

    @ResetHandler
    void reset() {
        consultations.clear();
        responses.clear();
    }
}
