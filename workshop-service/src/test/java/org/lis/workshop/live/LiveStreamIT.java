package org.lis.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lis.events.partner.PartnerType;
import org.lis.support.test.TestUsers;
import org.bson.Document;
import org.lis.workshop.ApiTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class LiveStreamIT extends ApiTestBase {

    private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENTS =
            new ParameterizedTypeReference<>() { };

    @Autowired
    LiveScreens screens;

    private Flux<ServerSentEvent<Map<String, Object>>> open(String workshopId, String authorization) {
        return client().get().uri("/api/workshops/" + workshopId + "/live")
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(EVENTS).getResponseBody();
    }

    @Test
    void screenGetsCurrentStateThenAttendanceAndFeedbackAsRecorded() {
        OpenWorkshop workshop = openWorkshop(10);
        String early = partner(PartnerType.UNIVERSITY);
        String late = partner(PartnerType.BUSINESS);
        post(workshop.path("/attendance"), TestUsers.FACILITATOR, Map.of("partnerId", early, "walkIn", true))
                .expectStatus().isOk();
        awaitRead(workshop.path(), body -> ((Map<String, Object>) body.get("counts")).get("attended").equals(1));

        StepVerifier.create(open(workshop.id(), TestUsers.BOARD).filter(event -> event.event() != null))
                .assertNext(state -> {
                    assertThat(state.event()).isEqualTo("state");
                    assertThat((List<Map<String, Object>>) state.data().get("attendance"))
                            .extracting(a -> a.get("partnerId")).containsExactly(early);
                    assertThat((List<?>) state.data().get("feedback")).isEmpty();
                })
                .then(() -> {
                    post(workshop.path("/attendance"), TestUsers.FACILITATOR,
                            Map.of("partnerId", late, "walkIn", true)).expectStatus().isOk();
                    post(workshop.path("/feedback"), TestUsers.FACILITATOR, Map.of("hypothesisId",
                            workshop.hypothesisId(), "partnerId", late, "stance", "SUPPORT", "confidence", 5))
                            .expectStatus().isCreated();
                })
                .assertNext(attendance -> {
                    assertThat(attendance.event()).isEqualTo("attendance");
                    assertThat(attendance.data()).containsEntry("partnerId", late).containsEntry("walkIn", true);
                })
                .assertNext(feedback -> {
                    assertThat(feedback.event()).isEqualTo("feedback");
                    assertThat(feedback.data()).containsEntry("partnerId", late).containsEntry("stance", "SUPPORT")
                            .containsEntry("hypothesisId", workshop.hypothesisId());
                })
                .thenCancel()
                .verify(Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(10)).until(() -> screens.open() == 0);
    }

    /**
     * With several instances, another one may project the check-in: what this screen's instance shares with it
     * is the views, so a check-in written there by another instance's projection reaches the screen.
     */
    @Test
    void screenGetsWhatAnotherInstanceRecords() {
        String w = workshop(programme(), 10, List.of());

        StepVerifier.create(open(w, TestUsers.BOARD).filter(event -> event.event() != null))
                .assertNext(state -> assertThat(state.event()).isEqualTo("state"))
                .then(() -> database.getCollection("attendance").insertOne(new Document("_id", w + "/p-elsewhere")
                        .append("workshopId", w).append("partnerId", "p-elsewhere")
                        .append("checkedInAt", java.util.Date.from(NOW)).append("walkIn", true)))
                .assertNext(attendance -> assertThat(attendance.data()).containsEntry("partnerId", "p-elsewhere"))
                .thenCancel()
                .verify(Duration.ofSeconds(30));
    }

    @Test
    void idleScreenGetsHeartbeats() {
        String w = workshop(programme(), 10, List.of());

        StepVerifier.create(open(w, TestUsers.FACILITATOR))
                .assertNext(state -> assertThat(state.event()).isEqualTo("state"))
                .assertNext(heartbeat -> assertThat(heartbeat.comment()).isEqualTo("heartbeat"))
                .thenCancel()
                .verify(Duration.ofSeconds(30));
    }

    /** An open screen would otherwise hold the service's graceful shutdown for its whole timeout. */
    @Test
    void openScreensEndWhenTheServiceBeginsToStop() {
        String w = workshop(programme(), 10, List.of());
        try {
            StepVerifier.create(open(w, TestUsers.FACILITATOR))
                    .assertNext(state -> assertThat(state.event()).isEqualTo("state"))
                    .then(screens::stop)
                    .thenConsumeWhile(heartbeat -> heartbeat.comment() != null)
                    .expectComplete()
                    .verify(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(10)).until(() -> screens.open() == 0);

            StepVerifier.create(open(w, TestUsers.FACILITATOR)).expectComplete().verify(Duration.ofSeconds(10));
        } finally {
            screens.start();
        }

        StepVerifier.create(open(w, TestUsers.FACILITATOR))
                .assertNext(state -> assertThat(state.event()).isEqualTo("state"))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void unknownWorkshopHasNoStream() {
        client().get().uri("/api/workshops/nope/live").header(HttpHeaders.AUTHORIZATION, TestUsers.BOARD)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isNotFound();
        client().get().uri("/api/workshops/nope/live").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isUnauthorized();
    }
}
