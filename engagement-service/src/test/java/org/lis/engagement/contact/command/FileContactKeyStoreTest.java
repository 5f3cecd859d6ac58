package org.lis.engagement.contact.command;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileContactKeyStoreTest {

    @TempDir
    Path folder;

    private final List<FileContactKeyStore> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(FileContactKeyStore::close);
    }

    @Test
    void createdKeysAreFoundAndReadWhatTheyEncrypted() {
        FileContactKeyStore store = open();
        String alex = store.create("c-alex").block();
        String sam = store.create("c-sam").block();
        assertThat(Base64.getDecoder().decode(alex)).hasSize(32);
        assertThat(alex).isNotEqualTo(sam);
        assertThat(store.find(List.of("c-alex", "c-sam", "c-unknown")).block())
                .isEqualTo(Map.of("c-alex", alex, "c-sam", sam));
        assertThat(store.find(List.of()).block()).isEmpty();
        String sealed = ContactCipher.encrypt(alex, "alex@buckingham.example.ac.uk");
        assertThat(ContactCipher.decrypt(store.find(List.of("c-alex")).block().get("c-alex"), sealed))
                .isEqualTo("alex@buckingham.example.ac.uk");
    }

    @Test
    void cannotCreateASecondKeyForAContact() {
        FileContactKeyStore store = open();
        store.create("c-alex").block();
        assertThatThrownBy(() -> store.create("c-alex").block()).hasMessageContaining("already has a key");
    }

    @Test
    void erasureOverwritesTheKeyInTheFileWithZeros() throws IOException {
        FileContactKeyStore store = open();
        byte[] alex = Base64.getDecoder().decode(store.create("c-alex").block());
        byte[] sam = Base64.getDecoder().decode(store.create("c-sam").block());
        assertThat(indexOf(fileBytes(), alex)).isNotNegative();
        long length = Files.size(file());

        store.delete("c-alex").block();

        byte[] bytes = fileBytes();
        assertThat(indexOf(bytes, alex)).as("erased key in the file").isNegative();
        assertThat(indexOf(bytes, "c-alex".getBytes())).as("erased contact's id in the file").isNegative();
        assertThat(indexOf(bytes, sam)).as("other key in the file").isNotNegative();
        assertThat(slot(bytes, 0)).containsOnly(0);
        assertThat(bytes).hasSize((int) length);
        assertThat(store.find(List.of("c-alex", "c-sam")).block()).containsOnlyKeys("c-sam");
    }

    @Test
    void keysAndErasuresSurviveARestart() {
        FileContactKeyStore store = open();
        String alex = store.create("c-alex").block();
        store.create("c-sam").block();
        store.delete("c-sam").block();
        store.close();

        FileContactKeyStore reopened = open();
        assertThat(reopened.find(List.of("c-alex", "c-sam")).block()).isEqualTo(Map.of("c-alex", alex));
        String kim = reopened.create("c-kim").block();
        assertThat(reopened.find(List.of("c-kim")).block()).isEqualTo(Map.of("c-kim", kim));
    }

    @Test
    void anErasedSlotIsReusedSoTheFileDoesNotGrow() throws IOException {
        FileContactKeyStore store = open();
        store.create("c-alex").block();
        store.create("c-sam").block();
        long length = Files.size(file());
        store.delete("c-alex").block();
        store.create("c-kim").block();
        assertThat(Files.size(file())).isEqualTo(length);
        assertThat(store.find(List.of("c-sam", "c-kim")).block()).hasSize(2);
    }

    @Test
    void erasingAContactWithoutAKeyChangesNothing() throws IOException {
        FileContactKeyStore store = open();
        store.create("c-alex").block();
        byte[] before = fileBytes();
        store.delete("c-nobody").block();
        assertThat(fileBytes()).isEqualTo(before);
        assertThat(store.find(List.of("c-alex")).block()).containsOnlyKeys("c-alex");
    }

    @Test
    void concurrentCreatesEachGetTheirOwnSlot() throws Exception {
        FileContactKeyStore store = open();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<String> ids = IntStream.range(0, 400).mapToObj(i -> "c-" + i).toList();
        try {
            List<Future<String>> keys = new ArrayList<>();
            for (String id : ids) {
                keys.add(threads.submit(() -> store.create(id).block()));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> key : keys) {
                distinct.add(key.get());
            }
            assertThat(distinct).hasSize(ids.size());
        } finally {
            threads.shutdown();
        }
        Map<String, String> found = store.find(ids).block();
        store.close();
        assertThat(Files.size(file())).isEqualTo(KeyFile.HEADER_BYTES + (long) ids.size() * KeySlot.SIZE);
        assertThat(open().find(ids).block()).isEqualTo(found).hasSize(ids.size());
    }

    @Test
    void aSlotCutShortByACrashIsClearedWithoutTouchingTheOthers() throws IOException {
        FileContactKeyStore store = open();
        String alex = store.create("c-alex").block();
        byte[] sam = Base64.getDecoder().decode(store.create("c-sam").block());
        String kim = store.create("c-kim").block();
        store.close();
        // the erasure of c-sam got as far as half its slot; then a create at the end wrote 40 bytes of its slot
        overwrite(KeyFile.HEADER_BYTES + KeySlot.SIZE, new byte[KeySlot.SIZE / 2]);
        overwrite(KeyFile.HEADER_BYTES + 3L * KeySlot.SIZE, slotOf("c-lee", 40));

        FileContactKeyStore reopened = open();
        assertThat(reopened.find(List.of("c-alex", "c-sam", "c-kim", "c-lee")).block())
                .isEqualTo(Map.of("c-alex", alex, "c-kim", kim));
        byte[] bytes = fileBytes();
        assertThat(indexOf(bytes, sam)).isNegative();
        assertThat(slot(bytes, 1)).containsOnly(0);
        assertThat(slot(bytes, 3)).containsOnly(0);
    }

    @Test
    void aFileThatIsNotAKeyFileIsRefusedAndLeftAsItIs() throws IOException {
        Files.writeString(file(), "something else entirely");
        assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file().toString()).hasMessageContaining("not a contact key file");
        assertThat(Files.readString(file())).isEqualTo("something else entirely");
    }

    @Test
    void aKeyFileThatCannotBeOpenedIsAClearError() throws IOException {
        Files.createDirectories(file());
        assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot open the contact key file " + file());
    }

    @Test
    void aKeyFileInUseIsNotOpenedTwice() {
        open();
        assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
    }

    private FileContactKeyStore open() {
        FileContactKeyStore store = FileContactKeyStore.open(file());
        opened.add(store);
        return store;
    }

    private Path file() {
        return folder.resolve("contact-keys.bin");
    }

    private byte[] fileBytes() throws IOException {
        return Files.readAllBytes(file());
    }

    private void overwrite(long position, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes), position);
        }
    }

    private static byte[] slotOf(String contactId, int length) {
        byte[] whole = new KeySlot(contactId, Base64.getDecoder().decode(ContactCipher.newKey())).encode().array();
        return java.util.Arrays.copyOf(whole, length);
    }

    private static byte[] slot(byte[] file, int slot) {
        int from = KeyFile.HEADER_BYTES + slot * KeySlot.SIZE;
        return java.util.Arrays.copyOfRange(file, from, from + KeySlot.SIZE);
    }

    /** Where {@code needle} first stands in {@code haystack}, or -1 (in ISO-8859-1 each byte is one char). */
    static int indexOf(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).indexOf(new String(needle, StandardCharsets.ISO_8859_1));
    }
}
