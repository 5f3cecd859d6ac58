package org.lis.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lis.engagement.EngagementServiceApplication;
import org.lis.gateway.GatewayApplication;
import org.lis.workshop.WorkshopServiceApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One of the two services, or the gateway, started as its own Spring Boot application context inside the local
 * stack's JVM.
 *
 * @param name      the service's name, also its {@code spring.application.name}
 * @param mainClass its {@code @SpringBootApplication} class
 * @param database  its own MongoDB database (read models, tokens)
 */
record ServiceApp(String name, Class<?> mainClass, String database) {

    private static final Logger log = LoggerFactory.getLogger(ServiceApp.class);

    static final ServiceApp ENGAGEMENT = new ServiceApp("engagement-service", EngagementServiceApplication.class, "engagement");
    static final ServiceApp WORKSHOP = new ServiceApp("workshop-service", WorkshopServiceApplication.class, "workshop");
    static final ServiceApp GATEWAY = new ServiceApp("gateway", GatewayApplication.class, "gateway");

    /**
     * What every service started here needs because the gateway shares its classpath: no routes, console, sessions
     * or Spring Data MongoDB of its own (those are the gateway's, for its sessions).
     */
    private static final List<String> NOT_A_GATEWAY = List.of(
            "--spring.cloud.gateway.server.webflux.enabled=false",
            "--lis.console.enabled=false",
            "--spring.autoconfigure.exclude="
                    + "org.springframework.boot.autoconfigure.session.SessionAutoConfiguration,"
                    + "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration,"
                    + "org.springframework.boot.autoconfigure.data.mongo.MongoReactiveDataAutoConfiguration");

    /** A service behind the gateway accepts the relay tokens signed with this secret. */
    static List<String> behindTheGateway(String relaySecret) {
        return List.of("--lis.security.relay.secret=" + relaySecret);
    }

    /**
     * Starts the service on {@code port} (0 for any free port) against {@code mongodbUri}. The settings go in
     * as command-line arguments so they win over the service's own configuration file, and the JVM shutdown
     * hooks are left to the local stack, which stops the services before the database. {@code settings} are
     * further {@code --name=value} arguments for this service alone.
     */
    ConfigurableApplicationContext start(int port, String mongodbUri, List<String> settings) {
        return start(port, mongodbUri, settings, Map.of());
    }

    /** The same, with {@code beans} in the context before anything else: a clock, the console's outbox. */
    ConfigurableApplicationContext start(int port, String mongodbUri, List<String> settings, Map<String, Object> beans) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--lis.mongodb.uri=" + mongodbUri,
                // any client Spring Boot configures by itself must reach the same server, not localhost:27017
                "--spring.data.mongodb.uri=" + mongodbUri,
                "--lis.mongodb.database=" + database,
                "--spring.application.name=" + name,
                "--spring.main.banner-mode=off",
                // one logging system serves both contexts: neither may stop it, nor stamp its own name on all lines
                "--logging.register-shutdown-hook=false",
                "--logging.include-application-name=false"));
        if (!mainClass.equals(GatewayApplication.class)) {
            args.addAll(NOT_A_GATEWAY);
        }
        args.addAll(settings);
        List<String> configFile = ServiceConfigFile.arguments(name, mainClass);
        args.addAll(configFile);
        log.info("Starting {} on port {} with {}", name, port, configFile);
        return new SpringApplicationBuilder(mainClass)
                .main(mainClass)
                .registerShutdownHook(false)
                .initializers(context -> beans.forEach(context.getBeanFactory()::registerSingleton))
                .run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
