package org.lis.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class HandlerLookedUpOnceTest {

    @RestController
    static class Things {
        @GetMapping("/things/{id}")
        Mono<String> thing(@PathVariable String id) {
            return Mono.just(id);
        }
    }

    private final AtomicInteger lookups = new AtomicInteger();
    private final HandlerLookedUpOnce mapping = new HandlerLookedUpOnce() {
        @Override
        protected HandlerMethod lookupHandlerMethod(ServerWebExchange exchange) throws Exception {
            lookups.incrementAndGet();
            return super.lookupHandlerMethod(exchange);
        }
    };

    @BeforeEach
    void registerTheController() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(Things.class);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
    }

    @Test
    void looksUpARequestsHandlerOnce() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/things/7"));
        Object first = mapping.getHandler(exchange).block();
        Object second = mapping.getHandler(exchange).block();
        assertThat(((HandlerMethod) second).getMethod().getName()).isEqualTo("thing");
        assertThat(second).isSameAs(first);
        assertThat(lookups).hasValue(1);
        assertThat(exchange.<Map<String, String>>getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .containsEntry("id", "7");
    }

    @Test
    void remembersThatNoHandlerMatches() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/nothing"));
        assertThat(mapping.getHandler(exchange).block()).isNull();
        assertThat(mapping.getHandler(exchange).block()).isNull();
        assertThat(lookups).hasValue(1);
    }

    @Test
    void looksUpAgainWhenTheRequestWasRewritten() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/things/7"));
        mapping.getHandler(exchange).block();
        ServerWebExchange rewritten = exchange.mutate().request(request -> request.path("/things/8")).build();
        mapping.getHandler(rewritten).block();
        assertThat(lookups).hasValue(2);
        assertThat(rewritten.<Map<String, String>>getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .containsEntry("id", "8");
    }

    @Test
    void remembersNoFailedLookup() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/things/7"));
        for (int i = 0; i < 2; i++) {
            StepVerifier.create(mapping.getHandler(exchange)).expectError(MethodNotAllowedException.class).verify();
        }
        assertThat(lookups).hasValue(2);
    }
}
