package org.lis.engagement.contact.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Keys in a file of their own ({@link KeyFile}), for a single instance on a local disk: the local stack.
 * Erasure overwrites the key's slot with zeros where it is and forces that to disk before it answers, so no
 * file keeps an erased key: not a database page, not a journal, not the old inode of a rename. A crash can cut
 * short only the slot being written, whose create or erase had not answered yet; opening the file clears it.
 * Below the file (copy-on-write file systems, an SSD's remapping, snapshots and backups) is for the disk's own
 * encryption (docs/running.md). One lock guards the file; the work runs on a thread of its own, off the HTTP event loop.
 */
public final class FileContactKeyStore implements ContactKeyStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FileContactKeyStore.class);

    private final KeyFile file;
    /**
     * One thread of its own, as one lock guards the file anyway: the command handlers that wait for these calls
     * run on the shared bounded-elastic workers and must not wait for one of those in turn.
     */
    private final Scheduler worker = Schedulers.newSingle("contact-keys", true);
    private final Map<String, Integer> slots = new HashMap<>();
    private final BitSet freeSlots = new BitSet();
    private int slotCount;

    private FileContactKeyStore(KeyFile file) {
        this.file = file;
    }

    /** Opens the key file, making it if there is none; a clear error if it cannot be read or is in use. */
    public static FileContactKeyStore open(Path path) {
        Path absolute = path.toAbsolutePath();
        KeyFile file;
        try {
            file = KeyFile.open(absolute);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the contact key file " + absolute + ": " + e, e);
        }
        FileContactKeyStore store = new FileContactKeyStore(file);
        try {
            store.load();
            return store;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e instanceof IllegalStateException refused ? refused
                    : new IllegalStateException("Cannot read the contact key file " + absolute + ": " + e, e);
        }
    }

    @Override
    public Mono<String> create(String contactId) {
        return blocking(() -> createNow(contactId));
    }

    @Override
    public Mono<Map<String, String>> find(Collection<String> contactIds) {
        return blocking(() -> findNow(contactIds));
    }

    @Override
    public Mono<Void> delete(String contactId) {
        return blocking(() -> deleteNow(contactId)).then();
    }

    synchronized String createNow(String contactId) throws IOException {
        String key = ContactCipher.newKey();
        keep(contactId, key);
        return key;
    }

    /** Stores a key made elsewhere (one moved out of the database); refused when the contact has one. */
    synchronized void keep(String contactId, String key) throws IOException {
        if (slots.containsKey(contactId)) {
            throw new IllegalStateException("Contact " + contactId + " already has a key");
        }
        int slot = freeSlots.isEmpty() ? slotCount : freeSlots.nextSetBit(0);
        file.write(slot, new KeySlot(contactId, Base64.getDecoder().decode(key)).encode());
        slots.put(contactId, slot);
        freeSlots.clear(slot);
        slotCount = Math.max(slotCount, slot + 1);
    }

    synchronized boolean hasKey(String contactId) {
        return slots.containsKey(contactId);
    }

    synchronized Map<String, String> findNow(Collection<String> contactIds) throws IOException {
        Map<String, String> found = new HashMap<>();
        for (String contactId : contactIds) {
            Integer slot = slots.get(contactId);
            if (slot != null) {
                byte[] key = KeySlot.decode(file.read(slot)).filter(kept -> kept.contactId().equals(contactId))
                        .orElseThrow(() -> new IllegalStateException("The key of contact " + contactId + " in "
                                + file.path() + " was overwritten by something else"))
                        .key();
                found.put(contactId, Base64.getEncoder().encodeToString(key));
                Arrays.fill(key, (byte) 0);
            }
        }
        return found;
    }

    /** The slot counts as taken until its zeros are on disk, so a failed erasure can be repeated. */
    synchronized boolean deleteNow(String contactId) throws IOException {
        Integer slot = slots.get(contactId);
        if (slot == null) {
            return false;
        }
        file.write(slot, KeySlot.free());
        slots.remove(contactId);
        freeSlots.set(slot);
        return true;
    }

    @Override
    public synchronized void close() {
        worker.dispose();
        try {
            file.close();
        } catch (IOException e) {
            log.warn("Could not close the contact key file {}", file.path(), e);
        }
    }

    private void load() throws IOException {
        slotCount = file.slotCount();
        for (int slot = 0; slot < slotCount; slot++) {
            byte[] bytes = file.read(slot);
            if (KeySlot.isFree(bytes)) {
                freeSlots.set(slot);
                continue;
            }
            Optional<KeySlot> kept = KeySlot.decode(bytes);
            if (kept.isEmpty()) {
                log.warn("Slot {} of {} was cut short by a crash while being written; clearing it", slot, file.path());
                file.write(slot, KeySlot.free());
                freeSlots.set(slot);
            } else if (slots.putIfAbsent(kept.get().contactId(), slot) != null) {
                throw new IllegalStateException(file.path() + " holds two keys for contact " + kept.get().contactId()
                        + " (slots " + slots.get(kept.get().contactId()) + " and " + slot + "); it is damaged");
            }
        }
        log.info("Contact keys in {}: {} kept, {} free slots", file.path(), slots.size(), freeSlots.cardinality());
    }

    private <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(worker);
    }
}
