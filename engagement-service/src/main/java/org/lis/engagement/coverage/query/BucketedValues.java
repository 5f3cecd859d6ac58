package org.lis.engagement.coverage.query;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Values by key whose list, as it stands, is taken after every change for the price of what changed since the last
 * time: the values are kept in buckets by key, and a bucket's list is copied again only when the bucket has changed.
 * {@link HeldHistory} takes the list of a programme's facts and partner versions after every catch-up; copying them
 * all each time (a hundred thousand facts at ten thousand partners) was the largest part of what coverage and
 * readiness cost while officers and facilitators were writing. Not thread-safe (the held history's lock guards it);
 * the lists it gives out are immutable and may be read by any thread. Their order is by bucket, then by insertion.
 */
final class BucketedValues<K, V> {

    private static final int BUCKETS = 256;

    private final List<Map<K, V>> buckets = new ArrayList<>(BUCKETS);
    /** Each bucket's values as last listed, null once the bucket has changed since. */
    private final List<List<V>> listed = new ArrayList<>(BUCKETS);

    BucketedValues() {
        for (int i = 0; i < BUCKETS; i++) {
            buckets.add(new HashMap<>());
            listed.add(List.of());
        }
    }

    /** Puts the value, or with null removes the key; returns the value there before, if any. */
    V put(K key, V value) {
        int bucket = bucketOf(key);
        V before = value == null ? buckets.get(bucket).remove(key) : buckets.get(bucket).put(key, value);
        if (value != null || before != null) {
            listed.set(bucket, null);
        }
        return before;
    }

    void clear() {
        for (int i = 0; i < BUCKETS; i++) {
            buckets.get(i).clear();
            listed.set(i, List.of());
        }
    }

    /** Every value as it stands now, unchanged by later puts. */
    List<V> values() {
        List<List<V>> parts = new ArrayList<>(BUCKETS);
        int size = 0;
        for (int i = 0; i < BUCKETS; i++) {
            List<V> part = listed.get(i);
            if (part == null) {
                part = List.copyOf(buckets.get(i).values());
                listed.set(i, part);
            }
            parts.add(part);
            size += part.size();
        }
        return new Joined<>(parts, size);
    }

    private static int bucketOf(Object key) {
        return Math.floorMod(key.hashCode(), BUCKETS);
    }

    /** The buckets' lists as one, joined on first use: today's standings never read them whole. */
    private static final class Joined<V> extends AbstractList<V> implements RandomAccess {

        private final List<List<V>> parts;
        private final int size;
        private volatile List<V> whole;

        Joined(List<List<V>> parts, int size) {
            this.parts = parts;
            this.size = size;
        }

        @Override
        public V get(int index) {
            return whole().get(index);
        }

        @Override
        public int size() {
            return size;
        }

        private List<V> whole() {
            List<V> joined = whole;
            if (joined == null) {
                List<V> all = new ArrayList<>(size);
                parts.forEach(all::addAll);
                joined = all;
                whole = joined;
            }
            return joined;
        }
    }
}
