package org.lis.localstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A backend's whole content written out as the commands that make it again on an empty server: per collection a
 * {@code create}, a {@code createIndexes} with its indexes, and {@code insert}s of its documents in their stored
 * order. It is what a compacted journal holds, and how a data file of the earlier H2 store is carried over.
 */
final class BackendState {

    private static final Set<String> SERVER_DATABASES = Set.of("admin", "local", "config");
    private static final int DOCUMENTS_PER_INSERT = 500;

    private BackendState() {
    }

    /** Gives {@code out} the journal records ({@link JournalledBackend#record}) that make the backend's content. */
    static void write(MongoBackend backend, Channel channel, Consumer<Document> out) {
        for (String database : names(backend.handleCommand(channel, "admin", "listDatabases",
                                                          new Document("listDatabases", 1)), "databases")) {
            if (SERVER_DATABASES.contains(database)) {
                continue;
            }
            for (String collection : collections(backend, channel, database)) {
                writeCollection(backend, channel, database, collection, out);
            }
        }
    }

    private static void writeCollection(MongoBackend backend, Channel channel, String database, String name,
                                        Consumer<Document> out) {
        out.accept(JournalledBackend.record(database, "create", new Document("create", name)));
        List<Document> indexes = new ArrayList<>();
        for (Document index : firstBatch(backend.handleCommand(channel, database, "listIndexes",
                                                               new Document("listIndexes", name)))) {
            if (!"_id_".equals(index.get("name"))) {
                Document spec = new Document("key", index.get("key")).append("name", index.get("name"));
                for (String option : List.of("unique", "sparse")) {
                    if (index.containsKey(option)) {
                        spec.append(option, index.get(option));
                    }
                }
                indexes.add(spec);
            }
        }
        if (!indexes.isEmpty()) {
            out.accept(JournalledBackend.record(database, "createIndexes",
                    new Document("createIndexes", name).append("indexes", indexes)));
        }
        MongoCollection<?> collection = backend.resolveDatabase(database).resolveCollection(name, true);
        List<Document> batch = new ArrayList<>(DOCUMENTS_PER_INSERT);
        for (Document document : collection.queryAll()) {
            batch.add(document);
            if (batch.size() == DOCUMENTS_PER_INSERT) {
                out.accept(insert(database, name, batch));
                batch = new ArrayList<>(DOCUMENTS_PER_INSERT);
            }
        }
        if (!batch.isEmpty()) {
            out.accept(insert(database, name, batch));
        }
    }

    private static Document insert(String database, String collection, List<Document> documents) {
        return JournalledBackend.record(database, "insert",
                new Document("insert", collection).append("documents", documents).append("ordered", true));
    }

    private static List<String> collections(MongoBackend backend, Channel channel, String database) {
        List<String> names = new ArrayList<>();
        for (Document collection : firstBatch(backend.handleCommand(channel, database, "listCollections",
                                                                    new Document("listCollections", 1)))) {
            String name = (String) collection.get("name");
            if (!name.startsWith("system.")) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> names(Document response, String field) {
        List<String> names = new ArrayList<>();
        for (Object entry : (List<?>) response.get(field)) {
            names.add((String) ((Document) entry).get("name"));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Document> firstBatch(Document response) {
        return (List<Document>) ((Document) response.get("cursor")).get("firstBatch");
    }
}
