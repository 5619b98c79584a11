package org.glossa.team.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A three-way merge of one of the team's JSON files (assignments, members) by key: objects are merged member by
 * member, anything else is a value that one side may change; both changing it differently is a conflict.
 */
public final class JsonMerge {
    private final String file;
    private final Resolution resolution;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final List<MergeConflict> resolved = new ArrayList<>();

    private JsonMerge(String file, Resolution resolution) {
        this.file = file;
        this.resolution = resolution;
    }

    /** @param base the common version, or {@code null} when both sides added the file */
    public static ModelMerge.Result merge(String file, byte[] base, byte[] ours, byte[] theirs, Resolution resolution)
            throws IOException {
        JsonMerge merge = new JsonMerge(file, resolution);
        JsonNode b = base == null ? null : TeamJson.read(file, "the common version", base);
        JsonNode o = TeamJson.read(file, "this working copy's version", ours);
        JsonNode t = TeamJson.read(file, "the shared version", theirs);
        JsonNode merged = merge.merge("", b, o, t);
        byte[] bytes = merge.conflicts.isEmpty() ? TeamJson.write(merged) : null;
        return new ModelMerge.Result(bytes, List.copyOf(merge.conflicts), List.copyOf(merge.resolved));
    }

    private JsonNode merge(String where, JsonNode base, JsonNode ours, JsonNode theirs) {
        if (Objects.equals(ours, theirs)) {
            return ours;
        }
        if (Objects.equals(base, ours)) {
            return theirs;
        }
        if (Objects.equals(base, theirs)) {
            return ours;
        }
        if (ours instanceof ObjectNode o && theirs instanceof ObjectNode t) {
            ObjectNode b = base instanceof ObjectNode object ? object : null;
            ObjectNode merged = o.objectNode();
            Set<String> names = new LinkedHashSet<>();
            o.fieldNames().forEachRemaining(names::add);
            t.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = merge(where.isEmpty() ? name : where + " › " + name, b == null ? null : b.get(name),
                        o.get(name), t.get(name));
                if (value != null) {
                    merged.set(name, value);
                }
            }
            return sorted(merged);
        }
        MergeConflict conflict = new MergeConflict(file, where, "value", text(ours), text(theirs));
        if (resolution == Resolution.NONE) {
            conflicts.add(conflict);
            return ours;
        }
        resolved.add(conflict);
        return resolution == Resolution.THEIRS ? theirs : ours;
    }

    private static ObjectNode sorted(ObjectNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        names.sort(null);
        ObjectNode sorted = node.objectNode();
        names.forEach(name -> sorted.set(name, node.get(name)));
        return sorted;
    }

    private static String text(JsonNode node) {
        return node == null ? "(removed)" : node.toString();
    }
}
