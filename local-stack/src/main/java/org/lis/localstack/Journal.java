package org.lis.localstack;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of BSON records, each framed by its length and a CRC-32C of its bytes. A record is written
 * with one {@code write} before {@link #append} returns: it is then in the operating system's cache and survives
 * the process being killed (not a power cut, as no record is forced to the disk). A crash in the middle of a
 * write leaves a torn last record, which {@link #replay} cuts off: that write was never acknowledged.
 *
 * <p>{@link #rewrite} replaces the whole file with other records (a compaction) by writing a new file beside it
 * and renaming it over the old one, so a crash leaves either the old file or the new, never a mix. A lock file
 * beside the journal keeps a second process from opening it.
 */
final class Journal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final int HEADER_BYTES = 8;

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel channel;
    private long records;

    private Journal(Path file, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (or creates) the journal, failing if another process holds it. Records are read by {@link #replay}. */
    static Journal open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel lockChannel = FileChannel.open(lockFile(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException(file + " is in use by another process");
            }
            return new Journal(file, lockChannel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file, e);
        }
    }

    /**
     * Hands each whole record to {@code each}, in the order written, cuts off a torn last record, and leaves the
     * journal ready for appends. Returns how many records there were.
     */
    long replay(Consumer<Document> each) {
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long size = channel.size();
            long position = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            while (position < size) {
                header.clear();
                if (!readFully(header, position)) {
                    break;
                }
                int length = header.getInt(0);
                int checksum = header.getInt(4);
                if (length <= 0 || position + HEADER_BYTES + length > size) {
                    break;
                }
                ByteBuffer body = ByteBuffer.allocate(length);
                if (!readFully(body, position + HEADER_BYTES) || checksum(body.array()) != checksum) {
                    break;
                }
                each.accept(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(body.array())));
                position += HEADER_BYTES + length;
                records++;
            }
            if (position < size) {
                log.warn("{}: cut off {} bytes of a record torn by a crash (a write that was never acknowledged)",
                         file, size - position);
                channel.truncate(position);
            }
            channel.position(position);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Writes one record; it is in the file (the operating system's cache) when this returns. */
    void append(Document record) {
        try {
            writeFully(channel, frame(record));
            records++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + file, e);
        }
    }

    /** How many records the journal holds. */
    long records() {
        return records;
    }

    /** How long the journal is, in bytes. */
    long bytes() {
        try {
            return channel == null ? 0 : channel.position();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the length of " + file, e);
        }
    }

    /**
     * Replaces every record with those {@code writer} gives, forced to the disk before the new file takes the old
     * one's name.
     */
    void rewrite(Consumer<Consumer<Document>> writer) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                                                StandardOpenOption.TRUNCATE_EXISTING)) {
            long[] written = {0};
            writer.accept(record -> {
                try {
                    writeFully(out, frame(record));
                    written[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write to " + next, e);
                }
            });
            out.force(true);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            records = written[0];
            if (channel != null) {
                // appends go on at the end of the new file; before the replay, the replay opens it
                channel.close();
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                channel.position(channel.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rewrite " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
            }
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }

    static Path lockFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private boolean readFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                return false;
            }
            at += read;
        }
        buffer.flip();
        return true;
    }

    private static void writeFully(FileChannel to, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            to.write(bytes);
        }
    }

    private static ByteBuffer frame(Document record) {
        ByteBuf encoded = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(record, encoded);
            byte[] bytes = new byte[encoded.readableBytes()];
            encoded.readBytes(bytes);
            ByteBuffer framed = ByteBuffer.allocate(HEADER_BYTES + bytes.length);
            framed.putInt(bytes.length).putInt(checksum(bytes)).put(bytes).flip();
            return framed;
        } finally {
            encoded.release();
        }
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
