package org.lis.localstack;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The started local stack. Closing it stops the gateway, then the services, so their event processors release their
 * tokens and nothing writes any more, then the embedded SMTP server, and the embedded database last, so its store is
 * closed with everything written.
 */
public final class RunningStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningStack.class);
    private static final Duration SLOW_STOP = Duration.ofSeconds(10);

    private final Optional<EmbeddedMongo> embeddedMongo;
    private final String mongodbUri;
    private ConfigurableApplicationContext engagement;
    private ConfigurableApplicationContext workshop;
    private ConfigurableApplicationContext gateway;
    private EmbeddedSmtp smtp;
    private boolean closed;

    RunningStack(Optional<EmbeddedMongo> embeddedMongo, String mongodbUri) {
        this.embeddedMongo = embeddedMongo;
        this.mongodbUri = mongodbUri;
    }

    void engagementStarted(ConfigurableApplicationContext context) {
        this.engagement = context;
    }

    void workshopStarted(ConfigurableApplicationContext context) {
        this.workshop = context;
    }

    void gatewayStarted(ConfigurableApplicationContext context) {
        this.gateway = context;
    }

    void smtpStarted(EmbeddedSmtp server) {
        this.smtp = server;
    }

    /** The embedded SMTP server, unless the stack sends to a real one. */
    Optional<EmbeddedSmtp> smtp() {
        return Optional.ofNullable(smtp);
    }

    /** What the embedded SMTP server has received, oldest first; nothing when the stack sends to a real one. */
    public List<MimeMessage> receivedMail() {
        return smtp == null ? List.of() : smtp.received();
    }

    /** The one address people and scripts use: the gateway. */
    public URI gatewayBase() {
        return baseOf(gateway);
    }

    public URI engagementBase() {
        return baseOf(engagement);
    }

    public URI workshopBase() {
        return baseOf(workshop);
    }

    /** The MongoDB both services use: the embedded server's address, or MONGODB_URI. */
    public String mongodbUri() {
        return mongodbUri;
    }

    /** The running engagement-service, for a look at its beans. */
    ConfigurableApplicationContext engagement() {
        return engagement;
    }

    /** The running workshop-service, for its settings. */
    ConfigurableApplicationContext workshop() {
        return workshop;
    }

    /** The running gateway. */
    ConfigurableApplicationContext gateway() {
        return gateway;
    }

    public boolean embedded() {
        return embeddedMongo.isPresent();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop("gateway", gateway);
        stop("workshop-service", workshop);
        stop("engagement-service", engagement);
        if (smtp != null) {
            smtp.close();
        }
        embeddedMongo.ifPresent(mongo -> {
            log.info("Stopping the embedded MongoDB-wire server");
            mongo.close();
        });
    }

    private static void stop(String name, ConfigurableApplicationContext context) {
        if (context == null) {
            return;
        }
        log.info("Stopping {}", name);
        long started = System.nanoTime();
        try {
            context.close();
        } catch (RuntimeException e) {
            log.warn("{} did not stop cleanly", name, e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // a part that waits out a shutdown phase's timeout (30 s) has something that did not end when asked
        if (took.compareTo(SLOW_STOP) > 0) {
            log.warn("{} took {} ms to stop", name, took.toMillis());
        } else {
            log.info("{} stopped in {} ms", name, took.toMillis());
        }
    }

    private static URI baseOf(ConfigurableApplicationContext context) {
        return URI.create("http://localhost:" + ServiceApp.port(context));
    }
}
