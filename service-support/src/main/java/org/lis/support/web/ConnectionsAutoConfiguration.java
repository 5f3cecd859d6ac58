package org.lis.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import reactor.netty.http.server.HttpServer;

/** The services' and the gateway's HTTP connections close when they stop ({@link ConnectionsCloseOnStop}). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(HttpServer.class)
public class ConnectionsAutoConfiguration {

    @Bean
    public ConnectionsCloseOnStop connectionsCloseOnStop() {
        return new ConnectionsCloseOnStop();
    }

    @Bean
    NettyServerCustomizer connectionsCloseOnStopCustomizer(ConnectionsCloseOnStop connections) {
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> connections.follow(channel));
    }
}
