package org.glossa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Side effects (notes, counts) that must happen in document order although the work that finds them may run for
 * several documents at once, on several threads. While a thread works on one document {@linkplain #collect for an
 * ordered pass}, the effects it {@linkplain #run runs} are kept with that document's result, and the pass carries
 * them out when it comes to that document; at any other time they happen at once. So the notes and counts are
 * those of a plain loop over the documents, whatever thread finished first.
 */
public final class OrderedEffects {
    private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();

    private OrderedEffects() {
    }

    /** Carries out {@code effect} now, or keeps it for its document when this thread {@linkplain #collect collects}. */
    public static void run(Runnable effect) {
        List<Runnable> pending = PENDING.get();
        if (pending == null) {
            effect.run();
        } else {
            pending.add(effect);
        }
    }

    /** Does {@code work} on this thread, keeping the effects it runs for {@link Deferred#apply}. */
    public static <T> Deferred<T> collect(Callable<T> work) throws Exception {
        List<Runnable> outer = PENDING.get();
        List<Runnable> pending = new ArrayList<>();
        PENDING.set(pending);
        try {
            return new Deferred<>(work.call(), pending);
        } finally {
            if (outer == null) {
                PENDING.remove();
            } else {
                PENDING.set(outer);
            }
        }
    }

    /**
     * A result with the effects that finding it ran, not carried out yet.
     *
     * @param value   the result
     * @param effects in the order they were run
     */
    public record Deferred<T>(T value, List<Runnable> effects) {
        /** Carries out the effects, in their order (through {@link OrderedEffects#run}), and gives the result. */
        public T apply() {
            effects.forEach(OrderedEffects::run);
            return value;
        }
    }
}
