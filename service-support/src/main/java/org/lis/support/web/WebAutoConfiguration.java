package org.lis.support.web;

import org.lis.support.error.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

@AutoConfiguration
public class WebAutoConfiguration {

    /** Ahead of security, so an oversized body is refused before anything reads it. */
    @Bean
    @Order(-200)
    @ConditionalOnMissingBean
    public BodySizeLimitFilter bodySizeLimitFilter() {
        return new BodySizeLimitFilter(BodySizeLimitFilter.MAX_BODY_BYTES);
    }

    @Bean
    public AcceptableResponseFilter acceptableResponseFilter() {
        return new AcceptableResponseFilter();
    }

    @Bean
    public RequestTargetFilter requestTargetFilter() {
        return new RequestTargetFilter();
    }

    @Bean
    public JsonCharsetFilter jsonCharsetFilter() {
        return new JsonCharsetFilter();
    }

    @Bean
    public StrictJsonCustomizer strictJsonCustomizer() {
        return new StrictJsonCustomizer();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HttpServer.class)
    static class NettyConfiguration {

        /** Boot's default for {@code server.max-http-request-header-size}. */
        private static final DataSize DEFAULT_MAX_HEADER_SIZE = DataSize.ofKilobytes(8);

        /** Every connection gets its own handler (it counts the requests on it), right after the HTTP codec. */
        @Bean
        NettyServerCustomizer unparsableRequestCustomizer(ProblemWriter problems,
                                                          ObjectProvider<ServerProperties> serverProperties) {
            ServerProperties server = serverProperties.getIfAvailable();
            DataSize maxHeaderSize = server != null && server.getMaxHttpRequestHeaderSize() != null
                    ? server.getMaxHttpRequestHeaderSize() : DEFAULT_MAX_HEADER_SIZE;
            return httpServer -> httpServer.doOnChannelInit((observer, channel, remoteAddress) -> {
                if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                    channel.pipeline().addAfter(NettyPipeline.HttpCodec, UnparsableRequestHandler.NAME,
                            new UnparsableRequestHandler(problems, maxHeaderSize.toBytes()));
                }
            });
        }
    }
}
