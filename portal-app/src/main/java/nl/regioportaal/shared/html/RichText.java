package nl.regioportaal.shared.html;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * Text that users write with formatting (agendas, minutes, forum posts): stored and shown only
 * after passing an allow-list. Kept: paragraphs, line breaks, bold, italic, underline, lists,
 * headings h2–h4, block quotes and links to http, https and mailto addresses. Everything else goes
 * (scripts, styles, event handlers, images, frames, forms); the text inside a dropped harmless
 * element stays, the content of script and style does not. Links always get
 * {@code rel="nofollow noopener noreferrer"}; the only target kept is {@code _blank}.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "h2", "h3", "h4", "blockquote")
            .allowElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("target")
            .matching(true, "_blank")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    /** Elements after which plain text starts a new line. */
    private static final Set<String> BLOCKS = Set.of("p", "br", "li", "h2", "h3", "h4", "blockquote", "ul", "ol");

    /**
     * A web address in typed text, or a portal path in brackets (how {@link #editableText} writes a
     * link to a screen of the portal); punctuation that ends a sentence is not part of it.
     */
    private static final Pattern ADDRESS =
            Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)]|(?<=\\()/[A-Za-z0-9][^\\s<>\"()]*");

    private RichText() {}

    /** The HTML with only what the allow-list keeps; safe to show as HTML. {@code null} gives "". */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /**
     * The words of the text without markup (for search and PDFs): what {@link #sanitize} keeps,
     * entities decoded, a line break after each block, runs of blank lines collapsed.
     */
    public static String plainText(String html) {
        return text(html, false);
    }

    /**
     * The text for a plain text area, to be saved again through {@link #fromPlainText}: as {@link
     * #plainText}, with each link's address in brackets after its words, so the link survives.
     */
    public static String editableText(String html) {
        return text(html, true);
    }

    /**
     * Text as typed in a plain text area, as HTML: one paragraph per line that is not blank, and
     * web addresses (and portal paths in brackets) as links. Blank text stays as it is.
     */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        return text.strip()
                .lines()
                .filter(line -> !line.isBlank())
                .map(line -> "<p>" + linked(line.strip()) + "</p>")
                .collect(Collectors.joining());
    }

    private static String linked(String line) {
        String escaped = line.replace("&", "&amp;").replace("<", "&lt;");
        Matcher address = ADDRESS.matcher(escaped);
        return address.replaceAll(m -> Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
    }

    private static String text(String html, boolean withAddresses) {
        StringBuilder out = new StringBuilder();
        HtmlSanitizer.sanitize(sanitize(html), new HtmlSanitizer.Policy() {
            private String href;
            private int linkStart;

            @Override
            public void openDocument() {}

            @Override
            public void closeDocument() {}

            @Override
            public void openTag(String elementName, List<String> attrs) {
                if (elementName.equals("a")) {
                    int at = attrs.indexOf("href");
                    href = at >= 0 && at % 2 == 0 ? attrs.get(at + 1) : null;
                    linkStart = out.length();
                } else if (elementName.equals("li")) {
                    newLine(out);
                    out.append("- ");
                } else if (BLOCKS.contains(elementName)) {
                    newLine(out);
                }
            }

            @Override
            public void closeTag(String elementName) {
                if (elementName.equals("a")) {
                    if (withAddresses
                            && href != null
                            && !out.substring(linkStart).strip().equals(href)) {
                        out.append(" (").append(href).append(')');
                    }
                    href = null;
                } else if (BLOCKS.contains(elementName)) {
                    newLine(out);
                }
            }

            @Override
            public void text(String textChunk) {
                out.append(textChunk);
            }
        });
        return out.toString()
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("\\n{2,}", "\n")
                .strip();
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
