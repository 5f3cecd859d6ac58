package org.lis.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.DefaultChannelId;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import org.junit.jupiter.api.Test;
import reactor.netty.NettyPipeline;

class ConnectionsCloseOnStopTest {

    private final ConnectionsCloseOnStop connections = new ConnectionsCloseOnStop();

    @Test
    void theStopClosesEveryIdleConnectionFollowed() {
        connections.start();
        EmbeddedChannel first = httpConnection();
        EmbeddedChannel second = httpConnection();
        connections.follow(first);
        connections.follow(second);

        assertThat(first.pipeline().names()).containsSubsequence(NettyPipeline.HttpCodec, CloseWhenAnswered.NAME);
        connections.stop();
        first.runPendingTasks();
        second.runPendingTasks();

        assertThat(connections.isRunning()).isFalse();
        assertThat(first.isOpen()).isFalse();
        assertThat(second.isOpen()).isFalse();
    }

    @Test
    void aConnectionWithoutTheHttpCodecIsLeftAlone() {
        connections.start();
        EmbeddedChannel other = new EmbeddedChannel();
        connections.follow(other);
        connections.stop();
        other.runPendingTasks();

        assertThat(other.pipeline().get(CloseWhenAnswered.NAME)).isNull();
        assertThat(other.isOpen()).isTrue();
    }

    @Test
    void startedAgainNewConnectionsStayOpen() {
        connections.start();
        connections.stop();
        connections.start();
        EmbeddedChannel later = httpConnection();
        connections.follow(later);
        later.runPendingTasks();

        assertThat(connections.isRunning()).isTrue();
        assertThat(later.isOpen()).isTrue();
    }

    /** Each with an id of its own: embedded channels share one by default, and the group keeps one per id. */
    private static EmbeddedChannel httpConnection() {
        EmbeddedChannel connection = new EmbeddedChannel(DefaultChannelId.newInstance());
        connection.pipeline().addLast(NettyPipeline.HttpCodec, new HttpServerCodec());
        return connection;
    }
}
