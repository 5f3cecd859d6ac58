package org.lis.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lis.localmongo.LocalMemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack's database: mongo-java-server's in-memory backend ({@link LocalMemoryBackend}), made durable by a
 * {@link Journal} of every command that changed data. A write command is written to the journal and then applied, before its reply leaves,
 * under one lock, so the journal holds the writes in the order they were applied, a write the services were told
 * had succeeded survives a crash of the process, and a write the journal refused (a full disk) is not applied, so
 * nobody reads what a restart would lose. A crash between the two leaves in place a write that was never answered,
 * as a database with a write-ahead log does. At start the journal is replayed, then compacted to the
 * commands that make the current content ({@link BackendState}) when it has grown to more than twice the length
 * of its last compaction (a record at the end of each compaction notes that length); while the stack runs it is
 * compacted whenever it has grown to four times that (and past 64 MiB).
 *
 * <p>Why not the H2 backend, which the local stack used before: it serialises every document and index key with
 * Java serialisation, compares index keys by serialising them, and re-serialises whole pages at each commit;
 * with a commit after every write, it held a partner's registration back from the read models by 62 to 239 ms
 * at the median at 50 registrations a second, where this backend took 22 and 32 ms (docs/performance.md,
 * "Projection lag"). A data file of the H2 store is carried over into the journal on the first start and kept,
 * renamed.
 *
 * <p>Replaying a command gives what it gave the first time, with one exception: a document created by an upsert
 * whose filter names no {@code _id} is given a new ObjectId by the server. Nothing in the services finds a
 * document by such an id.
 */
final class JournalledBackend extends LocalMemoryBackend {

    private static final Logger log = LoggerFactory.getLogger(JournalledBackend.class);
    /** Commands that change data; everything else (find, getMore, count, aggregate without $out ...) reads. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");
    /**
     * A journal shorter than this is not compacted while the stack runs: a compaction holds writes back while it
     * writes the whole content (about a second for 10,000 partners), and a start replays the journal.
     */
    private static final long MIN_BYTES_BEFORE_COMPACTION = 64L << 20;
    /** How many times its compacted length the journal grows to before it is compacted while the stack runs. */
    private static final int GROWTH_BEFORE_COMPACTION = 4;
    /**
     * How many times its compacted length a journal has grown to when a start compacts it. Below that, writing the
     * whole content again (two seconds for 200 MB at 15,000 partners) costs more than the later starts save by
     * replaying a shorter journal.
     */
    private static final int GROWTH_BEFORE_COMPACTION_AT_START = 2;
    /** Documents in the first reply to a find that names no batch size, as MongoDB sends. */
    private static final int FIRST_BATCH = 101;
    /** Documents in each later reply: a few megabytes of read models' documents, well under the 48 MB a reply may be. */
    private static final int NEXT_BATCHES = 1_000;
    /** The field of the record that ends a compaction: the journal's length in bytes before that record. */
    static final String COMPACTED_BYTES = "compactedBytes";

    private final Journal journal;
    private final Object writes = new Object();
    /** What the server's own commands (replay, compaction) run on; the last errors of clients are kept per channel. */
    private final Channel ownChannel = new EmbeddedChannel();
    private long compactAtBytes;
    /** The length of the journal at its last compaction, as its latest compaction record noted; -1 for none. */
    private long compactedBytes = -1;
    /** Why the journal could not be written, once it could not. */
    private volatile UncheckedIOException unwritable;

    private JournalledBackend(Journal journal) {
        this.journal = journal;
    }

    /**
     * Opens the journal, replays it and compacts it; when there is no journal yet but an H2 data file of the
     * earlier store, that file's content is carried over first and the file renamed {@code *.carried-over}.
     */
    static JournalledBackend open(Path journalFile, Path earlierH2File) {
        return open(Journal.open(journalFile), journalFile, earlierH2File);
    }

    /** The same, on a journal already opened (a test's, which can fail on demand). */
    static JournalledBackend open(Journal journal, Path journalFile, Path earlierH2File) {
        JournalledBackend backend = new JournalledBackend(journal);
        try {
            if (Files.notExists(journalFile) && Files.exists(earlierH2File)) {
                carryOver(earlierH2File, journal);
            }
            long replayed = journal.replay(backend::replayed);
            if (backend.compactedBytes < 0 || journal.bytes() > GROWTH_BEFORE_COMPACTION_AT_START * backend.compactedBytes) {
                backend.compact();
                log.info("Replayed {} journal records from {}; compacted to {}", replayed, journalFile,
                         journal.records());
            } else {
                backend.compactAtBytes = compactionThreshold(backend.compactedBytes);
                log.info("Replayed {} journal records from {} ({} bytes, {} at its last compaction): not compacted",
                         replayed, journalFile, journal.bytes(), backend.compactedBytes);
            }
            return backend;
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!changesData(command, query)) {
            return super.handleCommand(channel, database, command, inBatches(command, query));
        }
        synchronized (writes) {
            if (unwritable != null) {
                throw new MongoServerException("The local data file cannot be written ("
                        + unwritable.getCause().getMessage() + "); no write is taken until the stack is restarted");
            }
            // a command that fails (a duplicate key) fails the same way when the journal is replayed, and an ordered
            // insert stopped by one stores what came before it again
            journalOrStop(record(database, command, query));
            try {
                return super.handleCommand(channel, database, command, query);
            } finally {
                compactIfGrown();
            }
        }
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            journal.close();
        }
    }

    /** One journal record: a command as the server received it, and the database it was sent to. */
    static Document record(String database, String command, Document query) {
        return new Document("db", database).append("command", command).append("query", query);
    }

    /**
     * The read with a batch size when it has none. Without one the server answers a find with every document in one
     * reply, which the driver refuses past 48 MB ("The reply message length ... is greater than the maximum message
     * length"): at 50,000 partners the coverage's first read of a programme's facts was 170 MB, and the coverage
     * answered 500. MongoDB itself sends 101 documents first and the rest in batches of up to 16 MiB.
     */
    static Document inBatches(String command, Document query) {
        boolean find = command.equalsIgnoreCase("find") && !Boolean.TRUE.equals(query.get("singleBatch"));
        if ((find || command.equalsIgnoreCase("getMore")) && !query.containsKey("batchSize")) {
            Document batched = new Document(query);
            batched.put("batchSize", find ? FIRST_BATCH : NEXT_BATCHES);
            return batched;
        }
        return query;
    }

    static boolean changesData(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (WRITES.contains(name)) {
            return true;
        }
        return name.equals("aggregate") && query.get("pipeline") instanceof List<?> stages
                && stages.stream().anyMatch(stage -> stage instanceof Document document
                && (document.containsKey("$out") || document.containsKey("$merge")));
    }

    /**
     * Appends the record, or, when the file cannot be written (a full disk), fails the write in hand, which is then
     * not applied, and refuses every later one: what a record torn by the failure holds is unknown until a restart
     * cuts it off.
     */
    private void journalOrStop(Document record) {
        try {
            journal.append(record);
        } catch (UncheckedIOException e) {
            stop(e);
            throw e;
        }
    }

    /**
     * Compacts the journal once it has grown enough. A compaction that fails leaves the old file, which holds every
     * write so far (the one in hand too, whose reply goes out as usual), and refuses later writes.
     */
    private void compactIfGrown() {
        if (journal.bytes() < compactAtBytes) {
            return;
        }
        try {
            compact();
        } catch (UncheckedIOException e) {
            stop(e);
        }
    }

    private void stop(UncheckedIOException e) {
        unwritable = e;
        log.error("The journal cannot be written; refusing writes until a restart", e);
    }

    /** A record of the journal as it is read at start: a command to apply, or the end of a compaction. */
    private void replayed(Document record) {
        if (record.get(COMPACTED_BYTES) instanceof Number bytes) {
            compactedBytes = bytes.longValue();
        } else {
            apply(record);
        }
    }

    private void apply(Document record) {
        try {
            super.handleCommand(ownChannel, (String) record.get("db"), (String) record.get("command"),
                                (Document) record.get("query"));
        } catch (RuntimeException e) {
            // it failed the same way when it was first sent (a duplicate key, say): the state is what it was then
            log.debug("Replayed command failed as it did when sent: {}", e.getMessage());
        }
    }

    private void compact() {
        synchronized (writes) {
            long started = System.nanoTime();
            long before = journal.bytes();
            journal.rewrite(out -> BackendState.write(this, ownChannel, out));
            compactedBytes = journal.bytes();
            // after the new file took the old one's name: a crash before this record leaves a start compacting again
            journal.append(new Document(COMPACTED_BYTES, compactedBytes));
            compactAtBytes = compactionThreshold(compactedBytes);
            log.info("Compacted the journal from {} to {} bytes ({} records) in {} ms", before, journal.bytes(),
                     journal.records(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static long compactionThreshold(long compactedBytes) {
        return Math.max(MIN_BYTES_BEFORE_COMPACTION, GROWTH_BEFORE_COMPACTION * compactedBytes);
    }

    private static void carryOver(Path h2File, Journal journal) {
        log.info("Carrying the data of {} over into the journal", h2File);
        H2Backend h2 = new H2Backend(h2File.toString());
        try {
            journal.rewrite(out -> BackendState.write(h2, new EmbeddedChannel(), out));
        } finally {
            h2.close();
        }
        Path kept = h2File.resolveSibling(h2File.getFileName() + ".carried-over");
        try {
            Files.move(h2File, kept);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rename " + h2File, e);
        }
        log.info("{} carried over and kept as {}", h2File, kept);
    }
}
