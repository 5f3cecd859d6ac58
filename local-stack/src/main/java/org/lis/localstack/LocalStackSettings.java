package org.lis.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a local run needs to know: where the embedded database keeps its file (or the real MongoDB to use
 * instead), the ports, and whether to load the demo data.
 *
 * @param dataFile        the H2 MVStore file of the embedded server, with the contacts' key file beside it;
 *                        ignored when {@code mongodbUri} is set
 * @param mongoPort       port of the embedded server (0 = any free port)
 * @param engagementPort  engagement-service HTTP port (0 = any free port)
 * @param workshopPort    workshop-service HTTP port (0 = any free port)
 * @param gatewayPort     the gateway's HTTP port, the one address people use (0 = any free port)
 * @param mongodbUri      a real MongoDB to use instead of the embedded server, if given
 * @param demo            load the demo data set once both services are healthy
 */
public record LocalStackSettings(Path dataFile, int mongoPort, int engagementPort, int workshopPort, int gatewayPort,
                                 Optional<String> mongodbUri, boolean demo) {

    /** The gateway on any free port. */
    public LocalStackSettings(Path dataFile, int mongoPort, int engagementPort, int workshopPort,
                              Optional<String> mongodbUri, boolean demo) {
        this(dataFile, mongoPort, engagementPort, workshopPort, 0, mongodbUri, demo);
    }

    public static final Path DEFAULT_DATA_FILE = Path.of("data", "mongo.mv");
    public static final String CONTACT_KEY_FILE = "contact-keys.bin";

    /** Command line {@code [--demo]}; environment MONGODB_URI, LIS_DATA_FILE and the *_PORT overrides. */
    public static LocalStackSettings from(String[] args, Map<String, String> env) {
        List<String> arguments = Arrays.asList(args);
        for (String argument : arguments) {
            if (!argument.equals("--demo")) {
                throw new IllegalArgumentException("Unknown argument '" + argument + "'; usage: [--demo]");
            }
        }
        return new LocalStackSettings(
                Path.of(env.getOrDefault("LIS_DATA_FILE", DEFAULT_DATA_FILE.toString())),
                port(env, "EMBEDDED_MONGO_PORT", 27017),
                port(env, "ENGAGEMENT_PORT", 8081),
                port(env, "WORKSHOP_PORT", 8082),
                port(env, "GATEWAY_PORT", 8080),
                Optional.ofNullable(env.get("MONGODB_URI")).filter(uri -> !uri.isBlank()),
                arguments.contains("--demo"));
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
