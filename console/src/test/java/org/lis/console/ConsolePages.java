package org.lis.console;

import org.junit.jupiter.api.BeforeAll;
import org.lis.consolehost.RunningServices;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/**
 * What every test of the console's pages over HTTP starts from: the services running with the console in front of
 * them, and a client for the console that waits as long as a loaded machine needs.
 */
abstract class ConsolePages {

    protected static RunningServices services;
    protected static WebTestClient client;

    @BeforeAll
    static void startServices() {
        services = RunningServices.get();
        client = WebTestClient.bindToServer().baseUrl(services.console().toString())
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
