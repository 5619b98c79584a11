package org.glossa.cli;

import java.util.HashSet;
import java.util.Set;

/** The options a command accepts: flags ({@code --json}) and options with a value ({@code --name X}). */
final class OptionSpec {
    private final Set<String> flags = new HashSet<>(Set.of("--help"));
    private final Set<String> valued = new HashSet<>();

    OptionSpec flag(String name) {
        flags.add(name);
        return this;
    }

    OptionSpec valued(String name) {
        valued.add(name);
        return this;
    }

    boolean isFlag(String name) {
        return flags.contains(name);
    }

    boolean isValued(String name) {
        return valued.contains(name);
    }
}
