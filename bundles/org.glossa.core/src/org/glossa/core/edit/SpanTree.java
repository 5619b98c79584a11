package org.glossa.core.edit;

import java.util.Comparator;
import java.util.List;

import org.glossa.model.SpanAnnotation;

/**
 * A treap of spans in {@link org.glossa.model.query.Spans#DOCUMENT_ORDER}, each node knowing the largest end
 * in its subtree, so that insertion, removal and the overlap queries of {@link SpanIndex} cost O(log n + k).
 * <p>
 * Nodes copy their span's sort key when inserted: a span must be removed before its offsets, layer or label
 * change and inserted again afterwards ({@link IndexedSet} does exactly that).
 */
final class SpanTree {
    private static final Comparator<String> NAMES = Comparator.nullsFirst(Comparator.naturalOrder());

    /** One span and its key as it was when inserted. */
    static final class Node {
        final SpanAnnotation span;
        final int begin;
        final int end;
        final String layer;
        final String label;
        final String id;
        /** Last resort tie-break, so that even two spans with identical keys have a total order. */
        final long sequence;
        final int priority;
        Node left;
        Node right;
        int maxEnd;
        int size;

        Node(SpanAnnotation span, long sequence, int priority) {
            this.span = span;
            this.begin = span.getBegin();
            this.end = span.getEnd();
            this.layer = span.getLayer();
            this.label = span.getLabel();
            this.id = span.getId();
            this.sequence = sequence;
            this.priority = priority;
            this.maxEnd = end;
            this.size = 1;
        }
    }

    private Node root;
    private long nextSequence;
    private long randomState = 0x9E3779B97F4A7C15L;

    int size() {
        return root == null ? 0 : root.size;
    }

    void clear() {
        root = null;
    }

    Node insert(SpanAnnotation span) {
        Node node = new Node(span, nextSequence++, nextPriority());
        root = insert(root, node);
        return node;
    }

    void remove(Node node) {
        root = remove(root, node);
    }

    /** A key for looking up a span that is not (or no longer) in the tree; it sorts after or before equal keys. */
    static Node probe(SpanAnnotation span, boolean afterEqualKeys) {
        return new Node(span, afterEqualKeys ? Long.MAX_VALUE : Long.MIN_VALUE, 0);
    }

    /** The span at {@code position} in order (0 is the first), in O(log n). */
    SpanAnnotation get(int position) {
        if (position < 0 || position >= size()) {
            throw new IndexOutOfBoundsException(position + " of " + size());
        }
        Node node = root;
        int remaining = position;
        while (true) {
            int leftSize = node.left == null ? 0 : node.left.size;
            if (remaining < leftSize) {
                node = node.left;
            } else if (remaining == leftSize) {
                return node.span;
            } else {
                remaining -= leftSize + 1;
                node = node.right;
            }
        }
    }

    /** The position of a node of this tree in order, in O(log n): the number of nodes before it. */
    int positionOf(Node key) {
        int before = 0;
        for (Node node = root; node != null;) {
            int order = compare(key, node);
            if (order == 0) {
                return before + (node.left == null ? 0 : node.left.size);
            }
            if (order < 0) {
                node = node.left;
            } else {
                before += (node.left == null ? 0 : node.left.size) + 1;
                node = node.right;
            }
        }
        throw new IllegalArgumentException("not in the tree: " + key.id);
    }

    void inOrder(List<SpanAnnotation> result) {
        inOrder(root, result);
    }

    /** Spans with {@code begin < end && span.end > begin}, in order. */
    void overlapping(int begin, int end, List<SpanAnnotation> result) {
        overlapping(root, begin, end, result);
    }

    /** Spans whose range is exactly [begin, end), in order. */
    void withRange(int begin, int end, List<SpanAnnotation> result) {
        withRange(root, begin, end, result);
    }

    /** The first node after {@code key}, or null. */
    Node higher(Node key) {
        Node best = null;
        for (Node node = root; node != null;) {
            if (compare(node, key) > 0) {
                best = node;
                node = node.left;
            } else {
                node = node.right;
            }
        }
        return best;
    }

    /** The last node before {@code key}, or null. */
    Node lower(Node key) {
        Node best = null;
        for (Node node = root; node != null;) {
            if (compare(node, key) < 0) {
                best = node;
                node = node.right;
            } else {
                node = node.left;
            }
        }
        return best;
    }

    /** The first node that begins at or after {@code offset}, or null. */
    Node firstBeginningAtOrAfter(int offset) {
        Node best = null;
        for (Node node = root; node != null;) {
            if (node.begin >= offset) {
                best = node;
                node = node.left;
            } else {
                node = node.right;
            }
        }
        return best;
    }

    /** The last node that begins before {@code offset}, or null. */
    Node lastBeginningBefore(int offset) {
        Node best = null;
        for (Node node = root; node != null;) {
            if (node.begin < offset) {
                best = node;
                node = node.right;
            } else {
                node = node.left;
            }
        }
        return best;
    }

    static int compare(Node a, Node b) {
        if (a == b) {
            return 0;
        }
        int result = Integer.compare(a.begin, b.begin);
        if (result == 0) {
            result = Integer.compare(b.end, a.end);
        }
        if (result == 0) {
            result = NAMES.compare(a.layer, b.layer);
        }
        if (result == 0) {
            result = NAMES.compare(a.label, b.label);
        }
        if (result == 0) {
            result = NAMES.compare(a.id, b.id);
        }
        return result != 0 ? result : Long.compare(a.sequence, b.sequence);
    }

    private static Node insert(Node tree, Node node) {
        if (tree == null) {
            return node;
        }
        if (compare(node, tree) < 0) {
            tree.left = insert(tree.left, node);
            if (tree.left.priority > tree.priority) {
                return rotateRight(tree);
            }
        } else {
            tree.right = insert(tree.right, node);
            if (tree.right.priority > tree.priority) {
                return rotateLeft(tree);
            }
        }
        update(tree);
        return tree;
    }

    private static Node remove(Node tree, Node node) {
        if (tree == null) {
            return null;
        }
        if (tree == node) {
            return merge(tree.left, tree.right);
        }
        if (compare(node, tree) < 0) {
            tree.left = remove(tree.left, node);
        } else {
            tree.right = remove(tree.right, node);
        }
        update(tree);
        return tree;
    }

    private static Node merge(Node left, Node right) {
        if (left == null) {
            return right;
        }
        if (right == null) {
            return left;
        }
        if (left.priority > right.priority) {
            left.right = merge(left.right, right);
            update(left);
            return left;
        }
        right.left = merge(left, right.left);
        update(right);
        return right;
    }

    private static Node rotateRight(Node tree) {
        Node pivot = tree.left;
        tree.left = pivot.right;
        pivot.right = tree;
        update(tree);
        update(pivot);
        return pivot;
    }

    private static Node rotateLeft(Node tree) {
        Node pivot = tree.right;
        tree.right = pivot.left;
        pivot.left = tree;
        update(tree);
        update(pivot);
        return pivot;
    }

    private static void update(Node node) {
        int size = 1;
        int maxEnd = node.end;
        if (node.left != null) {
            size += node.left.size;
            maxEnd = Math.max(maxEnd, node.left.maxEnd);
        }
        if (node.right != null) {
            size += node.right.size;
            maxEnd = Math.max(maxEnd, node.right.maxEnd);
        }
        node.size = size;
        node.maxEnd = maxEnd;
    }

    private static void inOrder(Node node, List<SpanAnnotation> result) {
        if (node != null) {
            inOrder(node.left, result);
            result.add(node.span);
            inOrder(node.right, result);
        }
    }

    private static void overlapping(Node node, int begin, int end, List<SpanAnnotation> result) {
        if (node == null || node.maxEnd <= begin) {
            return; // nothing in this subtree reaches past begin
        }
        overlapping(node.left, begin, end, result);
        if (node.begin < end) {
            if (node.end > begin) {
                result.add(node.span);
            }
            overlapping(node.right, begin, end, result); // the right subtree begins at node.begin or later
        }
    }

    private static void withRange(Node node, int begin, int end, List<SpanAnnotation> result) {
        if (node == null) {
            return;
        }
        int order = node.begin != begin ? Integer.compare(node.begin, begin) : Integer.compare(end, node.end);
        if (order >= 0) {
            withRange(node.left, begin, end, result);
        }
        if (order == 0) {
            result.add(node.span);
        }
        if (order <= 0) {
            withRange(node.right, begin, end, result);
        }
    }

    /** xorshift: deterministic, so that the tree's shape (and any bug) is reproducible. */
    private int nextPriority() {
        randomState ^= randomState << 13;
        randomState ^= randomState >>> 7;
        randomState ^= randomState << 17;
        return (int) (randomState >>> 33);
    }
}
