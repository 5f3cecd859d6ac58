package org.lis.support.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@link CommandSender} sends: {@code lis.command.timeout} (default 10 s) and
 * {@code lis.command.concurrency-retries} (default 3), the number of times a command that lost a
 * race with another writer of the same aggregate is sent again.
 */
@ConfigurationProperties("lis.command")
public record CommandProperties(Duration timeout, Integer concurrencyRetries) {

    public CommandProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        concurrencyRetries = concurrencyRetries == null ? 3 : concurrencyRetries;
    }
}
