package org.lis.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloseWhenAnsweredTest {

    private final List<Object> eventsPassedOn = new ArrayList<>();

    @Test
    void anIdleConnectionClosesWhenTheStopBegins() {
        EmbeddedChannel connection = connection(false);
        request(connection);
        connection.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));

        assertThat(connection.isOpen()).isTrue();
        stopping(connection);

        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void aResponseInProgressEndsFirstAndSaysTheConnectionCloses() {
        EmbeddedChannel connection = connection(false);
        request(connection);
        stopping(connection);
        assertThat(connection.isOpen()).isTrue();

        connection.writeOutbound(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        HttpResponse headers = connection.readOutbound();
        assertThat(headers.headers().get(HttpHeaderNames.CONNECTION)).isEqualTo("close");
        assertThat(connection.isOpen()).isTrue();

        connection.writeOutbound(LastHttpContent.EMPTY_LAST_CONTENT);
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void aStreamWhoseHeadersWentBeforeTheStopClosesWhenItEnds() {
        EmbeddedChannel connection = connection(false);
        request(connection);
        connection.writeOutbound(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        HttpResponse headers = connection.readOutbound();
        stopping(connection);

        assertThat(headers.headers().contains(HttpHeaderNames.CONNECTION)).isFalse();
        assertThat(connection.isOpen()).isTrue();
        connection.writeOutbound(LastHttpContent.EMPTY_LAST_CONTENT);
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void theConnectionWaitsForEveryRequestReceivedOnIt() {
        EmbeddedChannel connection = connection(false);
        request(connection);
        request(connection);
        stopping(connection);

        connection.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        assertThat(connection.isOpen()).isTrue();
        connection.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void anInterimResponseIsNotTheAnswer() {
        EmbeddedChannel connection = connection(false);
        request(connection);
        stopping(connection);

        DefaultFullHttpResponse interim = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE);
        connection.writeOutbound(interim);
        assertThat(interim.headers().contains(HttpHeaderNames.CONNECTION)).isFalse();
        assertThat(connection.isOpen()).isTrue();
    }

    @Test
    void aConnectionOpenedDuringTheStopClosesAfterItsFirstAnswer() {
        EmbeddedChannel connection = connection(true);
        assertThat(connection.isOpen()).isTrue();
        request(connection);

        connection.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        HttpResponse answer = connection.readOutbound();
        assertThat(answer.headers().get(HttpHeaderNames.CONNECTION)).isEqualTo("close");
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void otherEventsArePassedOn() {
        EmbeddedChannel connection = connection(false);
        Object other = new Object();
        connection.pipeline().fireUserEventTriggered(other);

        assertThat(eventsPassedOn).containsExactly(other);
        assertThat(connection.isOpen()).isTrue();
    }

    private EmbeddedChannel connection(boolean stopping) {
        return new EmbeddedChannel(new CloseWhenAnswered(stopping), new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                eventsPassedOn.add(event);
            }
        });
    }

    private static void request(EmbeddedChannel connection) {
        connection.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/partners"));
    }

    private static void stopping(EmbeddedChannel connection) {
        connection.pipeline().fireUserEventTriggered(CloseWhenAnswered.STOPPING);
        connection.runPendingTasks();
    }
}
