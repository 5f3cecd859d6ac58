package org.lis.engagement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.support.test.TestUsers.OFFICER;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.lis.support.test.RawHttpConnection;
import org.lis.support.web.ConnectionsCloseOnStop;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service's own HTTP server, as a client on a kept-alive connection sees it when the service begins to stop:
 * the idle connection is closed, and a connection opened during the stop is answered, told so, and closed. The stop
 * is the connections' part of it alone, started again after, so the shared service goes on serving.
 */
class ConnectionsOnStopIT extends ApiTestBase {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final Map<String, String> OFFICER_HEADERS = Map.of("Authorization", OFFICER);

    @LocalServerPort
    int port;

    @Autowired
    ConnectionsCloseOnStop connections;

    @Test
    void keptAliveConnectionsCloseWhenTheServiceBeginsToStop() {
        try (RawHttpConnection idle = RawHttpConnection.open(port, PROMPTLY)) {
            RawHttpConnection.Response before = idle.exchange("GET", "/api/partners?size=1", OFFICER_HEADERS, null);
            assertThat(before.status()).isEqualTo(200);
            assertThat(before.header("connection")).isNull();

            connections.stop();
            try {
                assertThat(idle.closedByServer()).as("the idle connection, closed").isTrue();
                try (RawHttpConnection late = RawHttpConnection.open(port, PROMPTLY)) {
                    RawHttpConnection.Response answer = late.exchange("GET", "/api/partners?size=1", OFFICER_HEADERS, null);
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.header("connection")).isEqualTo("close");
                    assertThat(late.closedByServer()).as("the connection opened during the stop, closed").isTrue();
                }
            } finally {
                connections.start();
            }
        }
        try (RawHttpConnection after = RawHttpConnection.open(port, PROMPTLY)) {
            RawHttpConnection.Response answer = after.exchange("GET", "/api/partners?size=1", OFFICER_HEADERS, null);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("connection")).isNull();
        }
    }
}
