package org.lis.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The H2 backend, committing its MVStore after every command that changes data and before the reply leaves, so
 * that a write the services have been told succeeded (and so have answered 201 or 200 for) survives a crash of
 * the process. The store's own background commit, about once a second, lost the last second of acknowledged
 * writes to a {@code kill -9}.
 *
 * <p>Concurrent writers share commits: a commit writes everything changed so far under the store's lock, so a
 * writer that waited for it finds little or nothing left to write. A commit writes the new pages to the file
 * (the operating system's cache); it does not force them to the disk, so a power cut can still lose the last
 * few seconds, see docs/running.md.
 */
final class CommittingH2Backend extends H2Backend {

    /** Commands that change data; everything else (find, getMore, count, aggregate without $out ...) reads. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    CommittingH2Backend(String file) {
        super(file);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        boolean write = changesData(command, query);
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // also after a failure: an ordered insert that stops at a duplicate has stored what came before it
            if (write) {
                commit();
            }
        }
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
}
