package org.glossa.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's parsed arguments: positionals in order, flags, and options with values. */
final class Arguments {
    private final List<String> positionals = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<String>> repeated = new HashMap<>();

    static Arguments parse(String command, String[] args, int from, OptionSpec spec) throws UsageException {
        Arguments parsed = new Arguments();
        boolean optionsEnded = false;
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                }
                if (spec.isFlag(name) && value == null) {
                    parsed.flags.add(name);
                } else if (spec.isValued(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(command, name + " needs a value");
                        }
                        value = args[++i];
                    }
                    parsed.values.put(name, value);
                    if (spec.isRepeatable(name)) {
                        parsed.repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                    }
                } else {
                    throw new UsageException(command, "unknown option " + name);
                }
            } else {
                parsed.positionals.add(arg);
            }
        }
        return parsed;
    }

    List<String> positionals() {
        return positionals;
    }

    String positional(int index, String command, String what) throws UsageException {
        if (index >= positionals.size()) {
            throw new UsageException(command, "missing " + what);
        }
        return positionals.get(index);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The option's value; for a repeatable option the last one. */
    String value(String option) {
        return values.get(option);
    }

    /** Every value of a repeatable option, in command-line order. */
    List<String> values(String option) {
        return repeated.getOrDefault(option, List.of());
    }

    /** The option's value split at commas, blanks dropped ({@code --layers Entity,Quote}); empty when not given. */
    List<String> commaList(String option) {
        String value = values.get(option);
        if (value == null) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
