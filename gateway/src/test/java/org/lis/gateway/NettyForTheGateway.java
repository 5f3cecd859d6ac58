package org.lis.gateway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.reactive.ReactiveWebServerFactoryAutoConfiguration;
import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.embedded.netty.NettyRouteProvider;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * The identity provider the sign-in tests start runs on Tomcat, and with Tomcat on the classpath Spring Boot would
 * serve the gateway from it too. In production the gateway runs on Netty (nothing else is on its classpath), so
 * in its tests it does as well.
 */
@AutoConfiguration(before = ReactiveWebServerFactoryAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class NettyForTheGateway {

    @Bean
    NettyReactiveWebServerFactory nettyReactiveWebServerFactory(ObjectProvider<ReactorResourceFactory> resources,
                                                                ObjectProvider<NettyRouteProvider> routes,
                                                                ObjectProvider<NettyServerCustomizer> customizers) {
        NettyReactiveWebServerFactory factory = new NettyReactiveWebServerFactory();
        resources.ifAvailable(factory::setResourceFactory);
        routes.orderedStream().forEach(factory::addRouteProviders);
        factory.getServerCustomizers().addAll(customizers.orderedStream().toList());
        return factory;
    }
}
