package org.glossa.agreement.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Null-safe reading of the JSON-shaped report tree. Missing or mistyped nodes read as empty, so a partial or older
 * report still renders; figures that cannot be read become undefined with a reason instead of failing.
 */
final class TreeReader {

    static final String NOT_REPORTED = "not reported";

    private TreeReader() {
    }

    static Map<String, Object> map(Object node) {
        if (!(node instanceof Map<?, ?> m)) {
            return Map.of();
        }
        // copy with String keys so callers never see odd key types
        Map<String, Object> result = new LinkedHashMap<>();
        m.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return map(parent.get(key));
    }

    static List<Object> list(Map<String, Object> parent, String key) {
        return parent.get(key) instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object o : list(parent, key)) {
            if (o instanceof Map<?, ?>) {
                result.add(map(o));
            }
        }
        return result;
    }

    static List<String> strings(Map<String, Object> parent, String key) {
        List<String> result = new ArrayList<>();
        for (Object o : list(parent, key)) {
            if (o != null) {
                result.add(String.valueOf(o));
            }
        }
        return result;
    }

    /** Text of a scalar, or null when absent. */
    static String text(Map<String, Object> parent, String key) {
        Object o = parent.get(key);
        return o == null || o instanceof Map || o instanceof List ? null : String.valueOf(o);
    }

    static String text(Map<String, Object> parent, String key, String fallback) {
        String t = text(parent, key);
        return t == null ? fallback : t;
    }

    /** A count, or null when absent or not a number. */
    static Number count(Map<String, Object> parent, String key) {
        return parent.get(key) instanceof Number n ? n : null;
    }

    /** The figure {@code key}, with its reason from the sibling {@code key_reason}. */
    static Measure figure(Map<String, Object> parent, String key) {
        return figure(parent, parent, key, key + "_reason");
    }

    /** A figure from a per-label map, with its reason from a parallel reasons map (e.g. "label_reasons"). */
    static Measure labelFigure(Map<String, Object> values, Map<String, Object> reasons, String label) {
        return figure(values, reasons, label, label);
    }

    private static Measure figure(Map<String, Object> values, Map<String, Object> reasons, String key,
            String reasonKey) {
        if (!values.containsKey(key)) {
            return Measure.undefined(NOT_REPORTED);
        }
        Object v = values.get(key);
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return Measure.of(n.doubleValue());
        }
        if (v == null) {
            return Measure.undefined(text(reasons, reasonKey));
        }
        return Measure.undefined(v instanceof Number ? "not a finite number" : "not a number");
    }

    /** Items behind a figure: {@code key_items} with "used" and "left_out"; null when not reported. */
    static Items items(Map<String, Object> parent, String key) {
        Map<String, Object> items = map(parent, key + "_items");
        if (items.isEmpty()) {
            return null;
        }
        return new Items(count(items, "used"), count(items, "left_out"));
    }

    /** Keys of a map node in their order, e.g. the labels of a per-label table. */
    static Set<String> keys(Map<String, Object> parent, String key) {
        return new LinkedHashSet<>(map(parent, key).keySet());
    }

    record Items(Number used, Number leftOut) {
    }
}
