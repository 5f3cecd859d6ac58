package org.lis.engagement.contact.command;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * One contact's key as the key file holds it: a slot of fixed size, so that a key never moves and erasing
 * it overwrites the very bytes it was written to. Layout: a used marker, the length of the contact id, the
 * id (UTF-8, zero-padded), the 32 key bytes, and a CRC32 of all that, which tells a slot whose write was
 * cut short by a crash from a whole one. A free slot is all zeros.
 *
 * @param contactId the contact the key belongs to
 * @param key       the raw AES-256 key
 */
record KeySlot(String contactId, byte[] key) {

    static final int SIZE = 128;
    static final int KEY_BYTES = 32;
    static final int MAX_ID_BYTES = SIZE - 2 - KEY_BYTES - Integer.BYTES;

    private static final byte USED = 1;
    private static final int ID_AT = 2;
    private static final int KEY_AT = ID_AT + MAX_ID_BYTES;
    private static final int CRC_AT = KEY_AT + KEY_BYTES;

    KeySlot {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A contact key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        int idBytes = contactId.getBytes(StandardCharsets.UTF_8).length;
        if (idBytes == 0 || idBytes > MAX_ID_BYTES) {
            throw new IllegalArgumentException("A contact id for the key file has 1 to " + MAX_ID_BYTES
                    + " bytes, not " + idBytes);
        }
    }

    ByteBuffer encode() {
        byte[] id = contactId.getBytes(StandardCharsets.UTF_8);
        byte[] slot = new byte[SIZE];
        slot[0] = USED;
        slot[1] = (byte) id.length;
        System.arraycopy(id, 0, slot, ID_AT, id.length);
        System.arraycopy(key, 0, slot, KEY_AT, KEY_BYTES);
        ByteBuffer.wrap(slot).putInt(CRC_AT, crc(slot));
        return ByteBuffer.wrap(slot);
    }

    static ByteBuffer free() {
        return ByteBuffer.allocate(SIZE);
    }

    static boolean isFree(byte[] slot) {
        for (byte b : slot) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The slot's key, or empty when the slot is neither free nor whole: a write cut short. */
    static Optional<KeySlot> decode(byte[] slot) {
        int idLength = Byte.toUnsignedInt(slot[1]);
        if (slot[0] != USED || idLength == 0 || idLength > MAX_ID_BYTES
                || ByteBuffer.wrap(slot).getInt(CRC_AT) != crc(slot)) {
            return Optional.empty();
        }
        byte[] key = new byte[KEY_BYTES];
        System.arraycopy(slot, KEY_AT, key, 0, KEY_BYTES);
        return Optional.of(new KeySlot(new String(slot, ID_AT, idLength, StandardCharsets.UTF_8), key));
    }

    private static int crc(byte[] slot) {
        CRC32 crc = new CRC32();
        crc.update(slot, 0, CRC_AT);
        return (int) crc.getValue();
    }
}
