package sendtracker.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import sendtracker.domain.Texts;

/** The two file formats sends travel in. */
public enum SendFormat {
    CSV, JSON;

    private static final int SNIFF_BYTES = 8192;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SendFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (SendFormat f : values()) {
            if (f.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file name asks for ({@code .json}, any case, is JSON), CSV otherwise: where an export goes. */
    public static SendFormat forFileName(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? JSON : CSV;
    }

    /**
     * The format of a file by its content, whatever its name: JSON when the first character
     * after a byte order mark and white space is {@code [} or {@code {}, CSV otherwise.
     *
     * @throws SendFileException when the file is empty, cannot be read, or holds binary data
     */
    public static SendFormat detect(Path file) {
        byte[] head = new byte[SNIFF_BYTES];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            throw new SendFileException(file, 0, 0, Texts.get("exchange.file.unreadable", e.getMessage()), e);
        }
        if (n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            throw new SendFileException(file, 1, 0, Texts.get("exchange.file.utf16"));
        }
        long line = 1;
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new SendFileException(file, line, 0, Texts.get("exchange.file.binary"));
            }
            if (head[i] == '\n') {
                line++;
            }
        }
        int i = n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i >= n && n < head.length) {
            throw new SendFileException(file, 1, 0, Texts.get("exchange.file.empty"));
        }
        return i < n && (head[i] == '[' || head[i] == '{') ? JSON : CSV;
    }
}
