package org.lis.support.test;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.function.Consumer;

import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.error.DomainException;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import reactor.core.publisher.Mono;

/**
 * What every {@link WebSliceTest} of a controller that sends commands works with: the client, the command sender
 * as a mock, the commands it was sent, and the answers the API gives, so that a test reads as what it checks.
 */
public abstract class WebSliceTestBase {

    @Autowired
    protected WebTestClient client;
    @MockitoBean
    protected CommandSender commands;

    // requests

    /** Gets a resource as the given user. */
    protected ResponseSpec get(String uri, Consumer<HttpHeaders> user) {
        return client.get().uri(uri).headers(user).exchange();
    }

    /** Posts a JSON body as the given user. */
    protected ResponseSpec post(String uri, Consumer<HttpHeaders> user, String body) {
        return client.post().uri(uri).headers(user).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Posts a JSON body as the given user, at the version the user read ({@code If-Match}). */
    protected ResponseSpec post(String uri, Consumer<HttpHeaders> user, long ifMatch, String body) {
        return post(uri, user.andThen(ifMatch(ifMatch)), body);
    }

    /** Puts a JSON body as the given user. */
    protected ResponseSpec put(String uri, Consumer<HttpHeaders> user, String body) {
        return client.put().uri(uri).headers(user).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Puts a JSON body as the given user, at the version the user read ({@code If-Match}). */
    protected ResponseSpec put(String uri, Consumer<HttpHeaders> user, long ifMatch, String body) {
        return put(uri, user.andThen(ifMatch(ifMatch)), body);
    }

    /** Deletes a resource as the given user. */
    protected ResponseSpec delete(String uri, Consumer<HttpHeaders> user) {
        return client.delete().uri(uri).headers(user).exchange();
    }

    /** Deletes a resource as the given user, at the version the user read ({@code If-Match}). */
    protected ResponseSpec delete(String uri, Consumer<HttpHeaders> user, long ifMatch) {
        return delete(uri, user.andThen(ifMatch(ifMatch)));
    }

    private static Consumer<HttpHeaders> ifMatch(long version) {
        return headers -> headers.setIfMatch("\"" + version + "\"");
    }

    // what the command side answers

    /** The command side creates whatever it is sent, at this id and version. */
    protected void creates(String id, long version) {
        when(commands.create(any())).thenReturn(Mono.just(new CommandResult(id, version)));
    }

    /** The command side refuses whatever creation it is sent. */
    protected void refusesCreating(DomainException refusal) {
        when(commands.create(any())).thenReturn(Mono.error(refusal));
    }

    /** The command side applies whatever it is sent to the aggregate, which then stands at this version. */
    protected void updates(String aggregateId, long version) {
        when(commands.update(eq(aggregateId), any())).thenReturn(Mono.just(new CommandResult(aggregateId, version)));
    }

    /** The command side refuses whatever it is sent to the aggregate. */
    protected void refusesUpdating(String aggregateId, DomainException refusal) {
        when(commands.update(eq(aggregateId), any())).thenReturn(Mono.error(refusal));
    }

    // what was sent

    /** The command sent to create an aggregate. */
    protected Object sentCreate() {
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).create(sent.capture());
        return sent.getValue();
    }

    /** The command sent to the given aggregate. */
    protected Object sentUpdate(String aggregateId) {
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).update(eq(aggregateId), sent.capture());
        return sent.getValue();
    }

    /** A request refused before any command: the command side never heard of it. */
    protected void assertNothingSent() {
        verifyNoInteractions(commands);
    }

    // the API's answers

    /** Created: where the new resource lives, its version as ETag, and only its id and version in the body. */
    protected static void expectCreated(ResponseSpec response, String location, String id, long version) {
        expectVersioned(response.expectStatus().isCreated().expectHeader().valueEquals("Location", location),
                id, version);
    }

    /** A change applied: its version as ETag, and only the id and version in the body. */
    protected static void expectUpdated(ResponseSpec response, String id, long version) {
        expectVersioned(response.expectStatus().isOk(), id, version);
    }

    private static void expectVersioned(ResponseSpec response, String id, long version) {
        response.expectHeader().valueEquals(HttpHeaders.ETAG, "\"" + version + "\"")
                .expectBody().json("{\"id\": \"%s\", \"version\": %d}".formatted(id, version), JsonCompareMode.STRICT);
    }

    /** A bad request, as problem+json, naming exactly these fields; the body, for what else a test checks of it. */
    protected static BodyContentSpec expectInvalid(ResponseSpec response, String... fields) {
        return response.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(containsInAnyOrder(fields));
    }

    /** A problem+json answer with this status and error code. */
    protected static BodyContentSpec expectProblem(ResponseSpec response, int status, String code) {
        return response.expectStatus().isEqualTo(HttpStatusCode.valueOf(status))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code);
    }
}
