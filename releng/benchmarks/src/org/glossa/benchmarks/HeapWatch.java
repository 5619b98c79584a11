package org.glossa.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * How much heap a piece of work needed: the heap pools' peaks summed (what was in use at most, garbage included,
 * bounded by {@code -Xmx}), and the most that was still live after a collection (what the work kept).
 */
final class HeapWatch {
    /** Heap sizes are counted as -Xmx counts them: 256m is 256 × 2^20 bytes. */
    private static final double MIB = 1 << 20;

    private final Set<String> heapPools;
    private final AtomicLong liveAfterGc = new AtomicLong();

    private HeapWatch(Set<String> heapPools) {
        this.heapPools = heapPools;
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch(ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet()));
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    long used = 0;
                    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (watch.heapPools.contains(pool.getKey())) {
                            used += pool.getValue().getUsed();
                        }
                    }
                    watch.liveAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return watch;
    }

    /** Starts a new measurement, from a collected heap. */
    void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        liveAfterGc.set(0);
    }

    /** The heap pools' peaks since {@link #reset()}, summed: at most {@code -Xmx}. */
    double peakMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage usage = pool.getPeakUsage();
                peak += usage.getUsed();
            }
        }
        return peak / MIB;
    }

    /** The most heap still in use after a collection since {@link #reset()}. */
    double liveMegabytes() {
        return liveAfterGc.get() / MIB;
    }
}
