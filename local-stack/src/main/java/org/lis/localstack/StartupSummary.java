package org.lis.localstack;

import java.io.PrintStream;
import java.net.URI;

/** The few lines a user needs once the stack is up: where things are and who to log in as. */
final class StartupSummary {

    private StartupSummary() {
    }

    static void print(RunningStack stack, LocalStackSettings settings, PrintStream out) {
        String database = stack.embedded()
                ? "embedded MongoDB-wire server at " + stack.mongodbUri() + ", data in "
                        + settings.dataFile().toAbsolutePath() + ", contacts' keys in " + settings.contactKeyFile()
                : "the MongoDB named by MONGODB_URI";
        out.println();
        out.println("LIS local stack is up (" + database + ")");
        out.println("Console: " + stack.gatewayBase().resolve("/"));
        out.println("  gateway (sign in once; API for scripts)");
        out.println("    Sign in     " + stack.gatewayBase().resolve("/sign-in"));
        out.println("    API         " + stack.gatewayBase().resolve("/api"));
        out.println("    Token       POST " + stack.gatewayBase().resolve("/auth/token") + " with HTTP Basic");
        out.println("  Mail: " + stack.smtp().map(smtp -> "embedded SMTP server at localhost:" + smtp.port()
                + "; what it receives is in the console's Outbox (" + stack.gatewayBase().resolve("/outbox") + ")")
                .orElseGet(() -> "sent to " + settings.mailServer().map(server -> server.host() + ":" + server.port())
                        .orElse("the configured SMTP server")));
        service(out, "engagement-service (direct, for development)", stack.engagementBase());
        service(out, "workshop-service (direct, for development)", stack.workshopBase());
        out.println("  Users: officer/officer (OFFICER), facilitator/facilitator (FACILITATOR),"
                + " board/board (BOARD); operations: monitor/monitor (MONITORING: /actuator/prometheus),"
                + " admin/admin (ADMIN: metrics and /actuator/processors)");
        out.println("  Stop with Ctrl-C.");
        out.println();
    }

    private static void service(PrintStream out, String name, URI base) {
        out.println("  " + name);
        out.println("    API         " + base.resolve("/api"));
        out.println("    Swagger UI  " + base.resolve("/swagger-ui.html"));
        out.println("    Health      " + base.resolve("/actuator/health"));
    }
}
