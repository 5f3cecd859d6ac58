package org.lis.console;

import org.junit.jupiter.api.BeforeEach;
import org.lis.consolehost.ConsoleHost;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/**
 * What the tests of the console's pages against a stubbed engagement service start from: the console hosted on a
 * random port with {@link #STUB} as its engagement service, the stub emptied before each test, and a client for the
 * console. The stub is one for all these tests, so that they share one hosted console; it lives as long as the JVM.
 */
@SpringBootTest(classes = ConsoleHost.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=console-host")
abstract class StubbedEngagementPages {

    protected static final ServiceStub STUB = new ServiceStub();

    @LocalServerPort
    int port;
    protected WebTestClient client;

    @DynamicPropertySource
    static void engagement(DynamicPropertyRegistry registry) {
        registry.add("lis.console.engagement-url", STUB::url);
    }

    @BeforeEach
    void clientAndEmptyStub() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        STUB.reset();
    }
}
