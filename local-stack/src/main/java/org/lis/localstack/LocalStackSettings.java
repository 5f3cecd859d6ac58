package org.lis.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a local run needs to know: where the embedded database keeps its file (or the real MongoDB to use
 * instead), the ports, the mail server, and whether to load the demo data.
 *
 * @param dataFile        the journal file of the embedded server, with the contacts' key file beside it;
 *                        ignored when {@code mongodbUri} is set
 * @param mongoPort       port of the embedded server (0 = any free port)
 * @param engagementPort  engagement-service HTTP port (0 = any free port)
 * @param workshopPort    workshop-service HTTP port (0 = any free port)
 * @param gatewayPort     the gateway's HTTP port, the one address people use (0 = any free port)
 * @param mongodbUri      a real MongoDB to use instead of the embedded server, if given
 * @param demo            load the demo data set once both services are healthy
 * @param smtpPort        port of the embedded SMTP server invitations are sent to (0 = any free port); ignored
 *                        when {@code mailServer} is set
 * @param mailServer      a real SMTP server to send to instead of the embedded one, if given
 */
public record LocalStackSettings(Path dataFile, int mongoPort, int engagementPort, int workshopPort, int gatewayPort,
                                 Optional<String> mongodbUri, boolean demo, int smtpPort,
                                 Optional<MailServer> mailServer) {

    /** Any free ports for the gateway and the SMTP server, the embedded SMTP server. */
    public LocalStackSettings(Path dataFile, int mongoPort, int engagementPort, int workshopPort,
                              Optional<String> mongodbUri, boolean demo) {
        this(dataFile, mongoPort, engagementPort, workshopPort, 0, mongodbUri, demo, 0, Optional.empty());
    }

    public static final Path DEFAULT_DATA_FILE = Path.of("data", "mongo.journal");
    public static final String CONTACT_KEY_FILE = "contact-keys.bin";

    /** An SMTP server of one's own, with the credentials (if any) Spring Boot reads from SPRING_MAIL_*. */
    public record MailServer(String host, int port) {
    }

    /**
     * Command line {@code [--demo]}; environment MONGODB_URI, LIS_DATA_FILE, the *_PORT overrides, SMTP_PORT, and
     * SPRING_MAIL_HOST (with SPRING_MAIL_PORT, 25 by default) for a real mail server.
     */
    public static LocalStackSettings from(String[] args, Map<String, String> env) {
        List<String> arguments = Arrays.asList(args);
        for (String argument : arguments) {
            if (!argument.equals("--demo")) {
                throw new IllegalArgumentException("Unknown argument '" + argument + "'; usage: [--demo]");
            }
        }
        Optional<MailServer> mailServer = Optional.ofNullable(env.get("SPRING_MAIL_HOST"))
                .filter(host -> !host.isBlank())
                .map(host -> new MailServer(host.strip(), port(env, "SPRING_MAIL_PORT", 25)));
        return new LocalStackSettings(
                Path.of(env.getOrDefault("LIS_DATA_FILE", DEFAULT_DATA_FILE.toString())),
                port(env, "EMBEDDED_MONGO_PORT", 27017),
                port(env, "ENGAGEMENT_PORT", 8081),
                port(env, "WORKSHOP_PORT", 8082),
                port(env, "GATEWAY_PORT", 8080),
                Optional.ofNullable(env.get("MONGODB_URI")).filter(uri -> !uri.isBlank()),
                arguments.contains("--demo"),
                port(env, "SMTP_PORT", 2525),
                mailServer);
    }

    /** The same, sending to this SMTP server rather than an embedded one. */
    public LocalStackSettings withMailServer(MailServer server) {
        return new LocalStackSettings(dataFile, mongoPort, engagementPort, workshopPort, gatewayPort, mongodbUri, demo,
                smtpPort, Optional.of(server));
    }

    /**
     * Contacts' keys, beside the data file and out of it: the embedded server's store keeps old pages until it
     * reuses them, so an erased key kept there would stay readable in the file.
     */
    public Path contactKeyFile() {
        return dataFile.toAbsolutePath().resolveSibling(CONTACT_KEY_FILE);
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, was '" + value + "'");
        }
    }
}
