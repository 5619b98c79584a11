package org.glossa.cli;

import java.util.HashSet;
import java.util.Set;

/**
 * The options a command accepts: flags ({@code --json}), options with a value ({@code --name X}) and
 * repeatable options with a value ({@code --option A=1 --option B=2}).
 */
final class OptionSpec {
    private final Set<String> flags = new HashSet<>(Set.of("--help"));
    private final Set<String> valued = new HashSet<>();
    private final Set<String> repeatable = new HashSet<>();

    OptionSpec flag(String name) {
        flags.add(name);
        return this;
    }

    OptionSpec valued(String name) {
        valued.add(name);
        return this;
    }

    /** An option with a value that may be given several times; {@link Arguments#values} returns them all. */
    OptionSpec repeatable(String name) {
        valued.add(name);
        repeatable.add(name);
        return this;
    }

    boolean isRepeatable(String name) {
        return repeatable.contains(name);
    }

    boolean isFlag(String name) {
        return flags.contains(name);
    }

    boolean isValued(String name) {
        return valued.contains(name);
    }
}
