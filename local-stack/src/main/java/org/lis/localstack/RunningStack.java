package org.lis.localstack;

import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The started local stack. Closing it stops the gateway, then the services, so their event processors release their
 * tokens and nothing writes any more, and the embedded server last, so its store is closed with everything
 * written.
 */
public final class RunningStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningStack.class);

    private final Optional<EmbeddedMongo> embeddedMongo;
    private final String mongodbUri;
    private ConfigurableApplicationContext engagement;
    private ConfigurableApplicationContext workshop;
    private ConfigurableApplicationContext gateway;
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
        try {
            context.close();
        } catch (RuntimeException e) {
            log.warn("{} did not stop cleanly", name, e);
        }
    }

    private static URI baseOf(ConfigurableApplicationContext context) {
        return URI.create("http://localhost:" + ServiceApp.port(context));
    }
}
