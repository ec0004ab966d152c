package gradcards.exam;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A read-only map built only when first asked (the planner's and the forecast's per-card maps: the screens read the
 * counts and never ask, so a start does not pay for thousands of entries).
 */
final class LazyMap<K, V> extends AbstractMap<K, V> {
    private final Supplier<Map<K, V>> build;
    private Map<K, V> map;

    LazyMap(Supplier<Map<K, V>> build) {
        this.build = build;
    }

    private synchronized Map<K, V> map() {
        if (map == null) map = Collections.unmodifiableMap(build.get());
        return map;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return map().entrySet();
    }

    @Override
    public V get(Object key) {
        return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public int size() {
        return map().size();
    }
}
