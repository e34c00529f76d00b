package dev.kaohe.intake.internal.records;

/**
 * The row where each reference of a batch first appeared, for finding duplicates in files of a million rows
 * within a small heap: references are kept as 64-bit hashes in an open-addressing table (12 bytes a slot,
 * about 24 MB for a million references), not as strings. Two different references share a hash with a
 * probability of about n²/2⁶⁵, 3·10⁻⁸ for a million rows.
 */
final class ReferenceIndex {

    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** The row that already had this reference, or 0 after remembering {@code row} for it. */
    int putIfAbsent(String reference, int row) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long key = hash(reference);
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (rows[slot] != 0) {
            if (keys[slot] == key) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        rows[slot] = row;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldRows[i] != 0) {
                int slot = (int) (oldKeys[i] ^ (oldKeys[i] >>> 32)) & mask;
                while (rows[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    /** FNV-1a over the characters, then the MurmurHash3 finaliser to spread the bits. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ccd49L;
        h ^= h >>> 33;
        return h;
    }
}
