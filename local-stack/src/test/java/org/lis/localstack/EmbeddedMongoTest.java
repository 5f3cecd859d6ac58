package org.lis.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMongoTest {

    @TempDir
    Path folder;

    /**
     * A port in use must end the start with a message, and leave nothing running: the server's threads kept a
     * failed local stack alive, holding its journal, and a load test then measured the stack already on the port.
     */
    @Test
    void aPortInUseFailsTheStartAndLeavesNeitherThreadsNorTheJournalBehind() throws IOException {
        Path journal = folder.resolve("mongo.journal");
        Set<Thread> before = serverThreads();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            assertThatThrownBy(() -> EmbeddedMongo.start(journal, taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Cannot listen on localhost:" + taken.getLocalPort())
                    .hasMessageContaining("EMBEDDED_MONGO_PORT");
        }
        assertThat(serverThreads()).as("the server's threads after the failed start").isEqualTo(before);

        try (EmbeddedMongo mongo = EmbeddedMongo.start(journal, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("lis").getCollection("items").insertOne(new Document("_id", 1));
            assertThat(client.getDatabase("lis").getCollection("items").countDocuments()).isEqualTo(1);
        }
    }

    private static Set<Thread> serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("mongo-server-") && thread.isAlive())
                .collect(Collectors.toSet());
    }
}
