package org.lis.support.test;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import java.util.function.Consumer;

import org.lis.support.command.CommandSender;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every {@link WebSliceTest} of a controller that sends commands works with: the client, the command sender
 * as a mock, and the commands it was sent.
 */
public abstract class WebSliceTestBase {

    @Autowired
    protected WebTestClient client;
    @MockitoBean
    protected CommandSender commands;

    /** Posts a JSON body as the given user. */
    protected WebTestClient.ResponseSpec post(String uri, Consumer<HttpHeaders> user, String body) {
        return client.post().uri(uri).headers(user).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

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
}
