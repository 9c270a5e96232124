package nl.regioportaal.shared.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the portal accepts as documents, recognised by their first bytes and checked
 * against the file name's extension: a renamed program does not pass as a PDF, and a file whose
 * content and name disagree is refused.
 */
public enum FileKind {
    PDF("application/pdf", Set.of("pdf")),
    PNG("image/png", Set.of("png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    /** Office Open XML and OpenDocument files are zip archives. */
    OFFICE("application/octet-stream", Set.of("docx", "xlsx", "pptx", "odt", "ods", "odp")),
    TEXT("text/plain; charset=utf-8", Set.of("txt", "csv"));

    private final String contentType;
    private final Set<String> extensions;

    FileKind(String contentType, Set<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    /** The content type to serve the file with; office files get their own by extension. */
    public String contentType(String fileName) {
        if (this != OFFICE) {
            return contentType;
        }
        return switch (extension(fileName)) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
            case "odp" -> "application/vnd.oasis.opendocument.presentation";
            default -> contentType;
        };
    }

    /** Every accepted extension with its dot, for an upload field's filter. */
    public static String[] acceptedExtensions() {
        return Arrays.stream(values())
                .flatMap(k -> k.extensions.stream())
                .sorted()
                .map(e -> "." + e)
                .toArray(String[]::new);
    }

    /** The kind of this file when its content is one the portal accepts and its name says the same. */
    public static Optional<FileKind> of(String fileName, byte[] content) {
        String ext = extension(fileName);
        return Arrays.stream(values())
                .filter(k -> k.extensions.contains(ext))
                .filter(k -> k.matches(content))
                .findFirst();
    }

    public static boolean isPngOrJpeg(byte[] content) {
        return PNG.matches(content) || JPEG.matches(content);
    }

    /** Does the content start the way this kind of file does (a text file: UTF-8 without control bytes)? */
    public boolean matches(byte[] b) {
        return switch (this) {
            case PDF -> starts(b, '%', 'P', 'D', 'F', '-');
            case PNG -> b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
            case JPEG -> b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
            case OFFICE -> starts(b, 'P', 'K', 3, 4);
            case TEXT -> isUtf8WithoutControlBytes(b);
        };
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8WithoutControlBytes(byte[] b) {
        for (byte x : b) {
            if (x >= 0 && x < 0x20 && x != '\n' && x != '\r' && x != '\t') {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
