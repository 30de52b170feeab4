package sendtracker.exchange;

import java.nio.file.Path;

import sendtracker.domain.Texts;

/**
 * A whole file cannot be read as sends (not CSV/JSON, wrong encoding, unbalanced quote, missing
 * required column…). Thrown before anything is stored; the message names the file and the line.
 */
public class SendFileException extends RuntimeException {
    private final transient Path file;
    private final long line;
    private final long column;
    private final String problem;

    public SendFileException(Path file, long line, long column, String problem) {
        this(file, line, column, problem, null);
    }

    public SendFileException(Path file, long line, long column, String problem, Throwable cause) {
        super(message(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String message(Path file, long line, long column, String problem) {
        String name = file == null || file.getFileName() == null ? "-" : file.getFileName().toString();
        if (line <= 0) {
            return Texts.get("exchange.file.error", name, problem);
        }
        if (column <= 0) {
            return Texts.get("exchange.file.errorAtLine", name, String.valueOf(line), problem);
        }
        return Texts.get("exchange.file.errorAtLineColumn", name, String.valueOf(line), String.valueOf(column),
                problem);
    }

    public Path file() {
        return file;
    }

    /** The 1-based line where the problem is, or 0 when the file as a whole is the problem. */
    public long line() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public long column() {
        return column;
    }

    /** The problem alone, without file and line. */
    public String problem() {
        return problem;
    }
}
