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
        service(out, "engagement-service", stack.engagementBase());
        service(out, "workshop-service", stack.workshopBase());
        out.println("  Users (HTTP Basic): officer/officer (OFFICER), facilitator/facilitator (FACILITATOR),"
                + " board/board (BOARD)");
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
