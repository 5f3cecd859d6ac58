package org.lis.engagement.contact.command;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * The file under {@link FileContactKeyStore}: a header, then {@link KeySlot}s one after another. Every write
 * is one whole slot at its own place, forced to disk before it returns; nothing is ever appended elsewhere,
 * renamed or copied, so overwriting a slot leaves no other copy of what it held in the file system's view.
 * Locked while open, so a second process cannot write to it too.
 */
final class KeyFile implements AutoCloseable {

    static final int HEADER_BYTES = 16;

    private static final byte[] MAGIC = "LIS-KEYS".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private KeyFile(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens the file, making it (readable by its owner only) if there is none. */
    static KeyFile open(Path path) throws IOException {
        boolean created = createIfMissing(path);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            KeyFile file = new KeyFile(path, channel, lockOf(channel, path));
            if (created || channel.size() == 0) {
                file.writeAt(0, header());
            } else {
                file.checkHeader();
            }
            return file;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** Slots in the file, counting one cut short at its end. */
    int slotCount() throws IOException {
        return (int) ((channel.size() - HEADER_BYTES + KeySlot.SIZE - 1) / KeySlot.SIZE);
    }

    /** The slot's bytes; past the end of the file (a slot cut short) they read as zeros. */
    byte[] read(int slot) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(KeySlot.SIZE);
        long position = position(slot);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
            // read on until the slot is full or the file ends
        }
        return buffer.array();
    }

    /** Overwrites one slot in place and forces it (and a grown file's length) to disk. */
    void write(int slot, ByteBuffer content) throws IOException {
        writeAt(position(slot), content);
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            lock.release();
            channel.close();
        }
    }

    private void writeAt(long position, ByteBuffer content) throws IOException {
        int start = content.position();
        while (content.hasRemaining()) {
            channel.write(content, position + content.position() - start);
        }
        channel.force(true);
    }

    private void checkHeader() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        channel.read(header, 0);
        byte[] magic = Arrays.copyOf(header.array(), MAGIC.length);
        header.position(MAGIC.length);
        if (channel.size() < HEADER_BYTES || !Arrays.equals(magic, MAGIC) || header.getInt() != VERSION
                || header.getInt() != KeySlot.SIZE) {
            throw new IllegalStateException(path + " is not a contact key file of this version; it was left as it is");
        }
    }

    private static ByteBuffer header() {
        return ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(VERSION).putInt(KeySlot.SIZE).flip();
    }

    private static long position(int slot) {
        return HEADER_BYTES + (long) slot * KeySlot.SIZE;
    }

    private static boolean createIfMissing(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(path);
            }
            forceDirectory(path.getParent());
            return true;
        } catch (FileAlreadyExistsException exists) {
            return false;
        }
    }

    /** So that the new file's name survives a crash too; not every platform can open a folder for this. */
    private static void forceDirectory(Path directory) {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the name is written with the folder's next flush instead
        }
    }

    private static FileLock lockOf(FileChannel channel, Path path) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("The contact key file " + path + " is in use by another process"
                    + " (is another local stack running on it?)");
        }
        return lock;
    }
}
