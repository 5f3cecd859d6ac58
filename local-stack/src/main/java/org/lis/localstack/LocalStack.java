package org.lis.localstack;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole system on one machine: the embedded MongoDB-wire server on an H2 file (or the MongoDB named
 * by MONGODB_URI), an embedded SMTP server (or the one SPRING_MAIL_HOST names), then engagement-service,
 * workshop-service and the gateway in front of them as three application contexts in this JVM, sharing a relay
 * secret made up at each start. Waits until all report UP, prints where they are, optionally loads the demo data, and stops everything in
 * order on Ctrl-C.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(2);

    private LocalStack() {
    }

    public static void main(String[] args) {
        quietenAxon();
        LocalStackSettings settings;
        try {
            settings = LocalStackSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            RunningStack stack = openDatabase(settings);
            // registered before the services start, so a Ctrl-C during start-up still closes the store
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
            startServices(stack, settings, null);
            StartupSummary.print(stack, settings, System.out);
            if (settings.demo()) {
                DemoData.load(stack);
            }
        } catch (Exception e) {
            // Exception, not RuntimeException: netty throws checked exceptions undeclared
            log.error("The local stack did not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }

    /** A local run may be offline: no update check against axoniq.io, no console advertisement. */
    private static void quietenAxon() {
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        if (System.getProperty("disable-axoniq-console-message") == null) {
            System.setProperty("disable-axoniq-console-message", "true");
        }
    }

    /** Starts everything and returns once the services and the gateway report UP; the caller closes it. */
    public static RunningStack start(LocalStackSettings settings) {
        return start(settings, null);
    }

    /**
     * The same, with both services on {@code clock} (the gateway keeps the system's): a test of what happens days
     * later moves it rather than waiting.
     */
    public static RunningStack start(LocalStackSettings settings, Clock clock) {
        RunningStack stack = openDatabase(settings);
        try {
            startServices(stack, settings, clock);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * The workshop service's mail settings: the embedded SMTP server (started here) or the one configured, where the
     * recipients' addresses come from, and where RSVP links point.
     */
    private static List<String> mail(RunningStack stack, LocalStackSettings settings, URI gateway) {
        LocalStackSettings.MailServer server = settings.mailServer().orElseGet(() -> {
            EmbeddedSmtp smtp = EmbeddedSmtp.start(settings.smtpPort());
            stack.smtpStarted(smtp);
            return new LocalStackSettings.MailServer("localhost", smtp.port());
        });
        return List.of("--spring.mail.host=" + server.host(), "--spring.mail.port=" + server.port(),
                "--lis.mail.engagement-url=" + stack.engagementBase(),
                "--lis.mail.link-base=" + gateway);
    }

    private static RunningStack openDatabase(LocalStackSettings settings) {
        if (settings.mongodbUri().isPresent()) {
            log.info("MONGODB_URI is set: using that MongoDB, no embedded server");
            return new RunningStack(Optional.empty(), settings.mongodbUri().get());
        }
        EmbeddedMongo mongo = EmbeddedMongo.start(settings.dataFile(), settings.mongoPort());
        return new RunningStack(Optional.of(mongo), mongo.connectionString());
    }

    private static void startServices(RunningStack stack, LocalStackSettings settings, Clock clock) {
        // beside the embedded server's file, contacts' keys go to a file of their own, where erasing one is real
        List<String> contactKeys = stack.embedded()
                ? List.of("--lis.contacts.key-file=" + settings.contactKeyFile())
                : List.of();
        Map<String, Object> services = clock == null ? Map.of() : Map.of("clock", clock);
        String relaySecret = RelaySecret.random();
        // the gateway's address is in every RSVP link the workshop service sends, so it is known before it starts
        int gatewayPort = settings.gatewayPort() == 0 ? FreePort.find() : settings.gatewayPort();
        List<String> engagement = new ArrayList<>(contactKeys);
        engagement.addAll(ServiceApp.behindTheGateway(relaySecret));
        stack.engagementStarted(ServiceApp.ENGAGEMENT.start(settings.engagementPort(), stack.mongodbUri(), engagement,
                services));
        List<String> workshop = new ArrayList<>(ServiceApp.behindTheGateway(relaySecret));
        workshop.addAll(mail(stack, settings, URI.create("http://localhost:" + gatewayPort)));
        stack.workshopStarted(ServiceApp.WORKSHOP.start(settings.workshopPort(), stack.mongodbUri(), workshop,
                services));
        Map<String, Object> console = stack.smtp().<Map<String, Object>>map(smtp ->
                Map.of("outbox", new SmtpOutbox(smtp::received))).orElse(Map.of());
        stack.gatewayStarted(ServiceApp.GATEWAY.start(gatewayPort, stack.mongodbUri(), List.of(
                "--lis.security.relay.secret=" + relaySecret,
                "--lis.gateway.engagement-url=" + stack.engagementBase(),
                "--lis.gateway.workshop-url=" + stack.workshopBase()), console));
        HealthCheck health = new HealthCheck();
        health.awaitUp(ServiceApp.ENGAGEMENT.name(), stack.engagementBase(), HEALTH_TIMEOUT);
        health.awaitUp(ServiceApp.WORKSHOP.name(), stack.workshopBase(), HEALTH_TIMEOUT);
        health.awaitUp(ServiceApp.GATEWAY.name(), stack.gatewayBase(), HEALTH_TIMEOUT);
    }
}
