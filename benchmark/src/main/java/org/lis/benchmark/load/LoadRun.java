package org.lis.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.lis.benchmark.stack.ChildStack;

/** One run of the load test: start, seed, let the read models catch up, measure idle, drive the mix, report. */
public final class LoadRun {

    /** See {@link org.lis.benchmark.LoadTest} for each setting. */
    public record Settings(Path jar, Path folder, int partners, int ownActivities, int sharedPerPartner,
                           boolean resume, int writers, int clients, int warmupSeconds, int seconds,
                           List<String> jvmOptions, int gatewayPort) {
    }

    private LoadRun() {
    }

    public static void run(Settings settings, PrintStream out) throws Exception {
        int g = settings.gatewayPort();
        // below Linux's ephemeral range (32768-60999): the stack's own connections to its database took 38182 once
        ChildStack.Ports ports = new ChildStack.Ports(g, g + 1, g + 2, 28117, 28125);
        out.printf("%s load average %s; starting the stack (%s) on %s%n", Instant.now(), Machine.loadAverage(),
                String.join(" ", settings.jvmOptions()), settings.folder());
        ChildStack.Launch launch = ChildStack.Launch.jar(settings.jar()).withJvmOptions(settings.jvmOptions());
        try (ChildStack stack = ChildStack.start(launch, settings.folder(), ports);
             MongoClient mongo = MongoClients.create(stack.mongodbUri())) {
            LoadClient client = new LoadClient(java.net.URI.create("http://localhost:" + g));
            Seeder seeder = new Seeder(client, settings.writers(), settings.ownActivities(),
                    settings.sharedPerPartner(), out);
            long started = System.nanoTime();
            Scene scene;
            if (settings.resume()) {
                scene = seeder.resume();
            } else {
                scene = seeder.seed(settings.partners());
                double seedSeconds = (System.nanoTime() - started) / 1e9;
                out.printf("seeded %d partners, %d writes in %.0f s (%.1f writes/s, %d writers); %d events in the "
                                + "store%n", scene.partnerIds().size(), seeder.writes(), seedSeconds,
                        seeder.writes() / seedSeconds, settings.writers(), eventsStored(mongo));
            }
            int seeded = scene.partnerIds().size();
            awaitCoverage(client, scene, out);
            long pid = stack.process().pid();
            awaitQuiet(pid, out);

            long ticks = Machine.cpuTicks(pid);
            double idle = Machine.idlePercent(20_000);
            out.printf("idle: machine %.0f %% idle over 20 s, the stack %.1f %% of one core; load average %s%n",
                    idle, (Machine.cpuTicks(pid) - ticks) / 20.0, Machine.loadAverage());

            Mix mix = new Mix(scene, seeder);
            out.printf("warming up for %d s with %d clients ...%n", settings.warmupSeconds(), settings.clients());
            mix.run(client, settings.clients(), settings.warmupSeconds(), out);
            out.printf("%s measuring for %d s with %d clients; load average %s%n", Instant.now(), settings.seconds(),
                    settings.clients(), Machine.loadAverage());
            ticks = Machine.cpuTicks(pid);
            long measured = System.nanoTime();
            Latencies latencies = mix.run(client, settings.clients(), settings.seconds(), out);
            double seconds = (System.nanoTime() - measured) / 1e9;
            long cpuTicks = Machine.cpuTicks(pid) - ticks;
            out.printf("%n%d partners at the start (%d at the end), %d events in the store at the end%n",
                    seeded, scene.partnerIds().size(), eventsStored(mongo));
            latencies.print(out, seconds);
            out.printf("stack CPU %.1f of %.0f s (%.2f ms a request); load average at the end %s%n",
                    cpuTicks / 100.0, seconds, cpuTicks * 10.0 / Math.max(1, latencies.answered()),
                    Machine.loadAverage());
        }
    }

    /**
     * Until the stack's CPU over 10 s is under a quarter of one core: the processors have caught up with every
     * event, not only the ones the coverage totals show (activities with many partners take the coverage projection
     * much longer than registrations). At most 30 minutes; then the run goes on and says so.
     */
    private static void awaitQuiet(long pid, PrintStream out) throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < TimeUnit.MINUTES.toNanos(30)) {
            long ticks = Machine.cpuTicks(pid);
            Thread.sleep(10_000);
            double share = (Machine.cpuTicks(pid) - ticks) / 10.0;
            if (share < 25) {
                out.printf("the stack quiet (%.0f %% of one core over 10 s) %.0f s after the coverage counted "
                        + "every partner%n", share, (System.nanoTime() - started) / 1e9);
                return;
            }
        }
        out.printf("the stack still busy 30 minutes after the coverage counted every partner: measured anyway%n");
    }

    /** The global index of the last event appended: the number of events in the store. */
    private static long eventsStored(MongoClient mongo) {
        Document counter = mongo.getDatabase("lis-events").getCollection("eventcounters")
                .find(Filters.eq("_id", "domainevents")).first();
        return counter == null ? 0 : ((Number) counter.get("next")).longValue();
    }

    /** Until the coverage counts every partner and its engaged total holds still: the processors have caught up. */
    private static void awaitCoverage(LoadClient client, Scene scene, PrintStream out) throws Exception {
        long started = System.nanoTime();
        String last = "";
        int steady = 0;
        while (steady < 3) {
            Thread.sleep(2000);
            LoadClient.Answer answer = client.get("/api/programmes/" + scene.programmeId() + "/coverage", "board");
            if (!answer.ok()) {
                continue;
            }
            JsonNode totals = answer.json().path("totals");
            String now = totals.path("partners").asText() + "/" + totals.path("engaged").asText();
            boolean all = totals.path("partners").asInt() >= scene.partnerIds().size();
            steady = all && now.equals(last) ? steady + 1 : 0;
            last = now;
        }
        out.printf("the coverage counted every partner (partners/engaged %s) %.0f s after the seeding%n", last,
                (System.nanoTime() - started) / 1e9);
    }
}
