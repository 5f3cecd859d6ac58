package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.benchmark.stack.ChildStack;
import org.lis.benchmark.stack.CrashRun;
import org.lis.benchmark.stack.StackApi;

/**
 * No acknowledged write is lost to a crash. The local stack runs as a child process on a data folder of its own;
 * four writers register partners through the gateway, and once 100 have been answered 201 the process is killed
 * with SIGKILL while they keep writing. Started again on the same data (here, in the test's JVM), every
 * acknowledged partner is in the event store and readable, the partners read model holds exactly what the event
 * store registered, and a replay of the partners projection from the start rebuilds the same read model. The
 * full-size run (500 writes, restarted as a child process too) is the CrashTest program of the benchmark module.
 */
class CrashSafetyIT {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 100;

    @TempDir
    Path dataFolder;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndTheReadModelEqualsAReplay() throws Exception {
        CrashRun.Acknowledged acknowledged = CrashRun.writeAndKill(ChildStack.Launch.classpath(testClasspath()),
                dataFolder, ACKNOWLEDGED_BEFORE_KILL, 4, System.out);

        try (RunningStack stack = LocalStack.start(TestStacks.settings(dataFolder));
             MongoClient mongo = MongoClients.create(stack.mongodbUri())) {
            CrashRun.Report report = CrashRun.verify(acknowledged, new StackApi(stack.gatewayBase()),
                    stack.mongodbUri());
            System.out.println(report);
            assertThat(report.acknowledged()).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            assertThat(report.lost()).as("acknowledged, not in the event store").isEmpty();
            assertThat(report.unreadable()).as("acknowledged, not readable").isEmpty();
            assertThat(report.missingFromReadModel()).as("registered, not in the read model").isEmpty();
            assertThat(report.notInEventStore()).as("in the read model only").isEmpty();

            StreamingEventProcessor partners = stack.engagement().getBean(EventProcessingConfiguration.class)
                    .eventProcessor("partners", StreamingEventProcessor.class).orElseThrow();
            await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(partners));
            List<Document> live = partners(mongo);
            assertThat(live).hasSize(report.registered());

            partners.shutDown();
            partners.resetTokens();
            partners.start();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(partners(mongo)).isEqualTo(live));
        }
    }

    private static boolean caughtUp(StreamingEventProcessor processor) {
        return !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp());
    }

    private static List<Document> partners(MongoClient mongo) {
        return mongo.getDatabase("engagement").getCollection("partners").find().sort(Sorts.ascending("_id"))
                .into(new ArrayList<>());
    }

    /** The tests' class path, which holds the local stack and all it needs. */
    private static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
