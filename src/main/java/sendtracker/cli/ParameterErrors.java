package sendtracker.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors in the command line's own words: one line, naming the option or word
 * and the command, as the messages were before picocli (docs/decisions/0006-picocli-command-line.md).
 */
final class ParameterErrors {
    private ParameterErrors() {
    }

    static String message(ParameterException e) {
        CommandLine command = e.getCommandLine();
        boolean top = command.getParent() == null;
        String name = command.getCommandName();
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return unmatched(command, top, u.getUnmatched().get(0));
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return missing(m.getMissing().get(0), top ? null : name);
        }
        ArgSpec arg = e.getArgSpec();
        if (arg instanceof OptionSpec option && e.getCause() instanceof TypeConversionException cause) {
            if (option.arity().max() == 0) {
                return option.longestName() + " takes no value (" + name + ")";
            }
            if (option.type().isEnum()) {
                return option.longestName() + " must be one of " + choices(option.type()) + ", not '"
                        + e.getValue() + "'";
            }
            return option.longestName() + " " + cause.getMessage();
        }
        return firstLine(e.getMessage());
    }

    private static String unmatched(CommandLine command, boolean top, String word) {
        String name = command.getCommandName();
        if (word.startsWith("-")) {
            return top ? "Unknown option " + word + ". Run 'send-tracker help'."
                    : "Unknown option " + word + " for '" + name + "'. Run 'send-tracker help' for the options.";
        }
        if (top) {
            String commands = command.getSubcommands().keySet().stream().filter(c -> !c.equals("help"))
                    .collect(Collectors.joining(", "));
            return "Unknown command '" + word + "'. Commands: " + commands + ".";
        }
        List<PositionalParamSpec> positionals = command.getCommandSpec().positionalParameters();
        if (!positionals.isEmpty()) {
            return name + " needs exactly one " + positionals.get(0).paramLabel();
        }
        boolean filters = command.getCommandSpec().mixins().values().stream()
                .anyMatch(m -> m.userObject() instanceof FilterOptions);
        return name + " takes no word '" + word + "'" + (filters ? ": filters are options, e.g. --status Shipped" : "");
    }

    private static String missing(ArgSpec arg, String command) {
        if (arg instanceof OptionSpec option) {
            boolean global = option.inherited() || command == null;
            return option.longestName() + " needs a value" + (global ? "" : " (" + command + ")");
        }
        PositionalParamSpec p = (PositionalParamSpec) arg;
        return p.command().name() + " needs " + (p.arity().max() == 1 ? "exactly one " : "at least one ")
                + p.paramLabel();
    }

    private static String choices(Class<?> enumType) {
        StringBuilder sb = new StringBuilder();
        for (Object c : enumType.getEnumConstants()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "the command line could not be read";
        }
        return text.strip().lines().findFirst().orElse(text);
    }
}
