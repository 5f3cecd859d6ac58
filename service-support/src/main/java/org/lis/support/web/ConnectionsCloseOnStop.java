package org.lis.support.web;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.springframework.context.SmartLifecycle;
import reactor.netty.NettyPipeline;

/**
 * Closes the server's kept-alive HTTP connections when the application begins to stop, each as soon as no request
 * on it is being answered ({@link CloseWhenAnswered}).
 *
 * <p>Reactor Netty's graceful shutdown waits for the requests in progress on each connection, found as the
 * operations bound to the connection, or for the connection to close. Signing in and going on over one kept-alive
 * connection can leave one of those requests counted as in progress after it has been answered (it did within 30
 * sign-ins in each of four runs through the gateway); the shutdown then waits out its 30 s timeout, as a browser
 * keeps such a connection open, and a room screen reconnecting every half second keeps it busy. Closing the
 * connections ends that wait, and sends each client's next request to a server that is not stopping, as servlet
 * containers do. A lifecycle of the default phase, so it runs before the web server's graceful shutdown.
 */
public class ConnectionsCloseOnStop implements SmartLifecycle {

    /** The server's open connections; a closed one leaves the group by itself. */
    private final ChannelGroup connections = new DefaultChannelGroup("http-connections", GlobalEventExecutor.INSTANCE);
    private volatile boolean running;
    private volatile boolean stopping;

    /** Follows a new server connection; one accepted once the stop has begun closes after its first response. */
    public void follow(Channel connection) {
        if (connection.pipeline().get(NettyPipeline.HttpCodec) == null) {
            return;
        }
        connection.pipeline().addAfter(NettyPipeline.HttpCodec, CloseWhenAnswered.NAME, new CloseWhenAnswered(stopping));
        connections.add(connection);
        if (stopping) {
            // the stop may have gone through the group before this connection joined it; told twice is harmless
            connection.pipeline().fireUserEventTriggered(CloseWhenAnswered.STOPPING);
        }
    }

    @Override
    public void start() {
        stopping = false;
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        stopping = true;
        connections.forEach(connection -> connection.pipeline().fireUserEventTriggered(CloseWhenAnswered.STOPPING));
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
