package nl.regioportaal.shared.html;

import java.util.List;
import java.util.Set;
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
        StringBuilder out = new StringBuilder();
        HtmlSanitizer.sanitize(sanitize(html), new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {}

            @Override
            public void closeDocument() {}

            @Override
            public void openTag(String elementName, List<String> attrs) {
                if (elementName.equals("li")) {
                    newLine(out);
                    out.append("- ");
                } else if (BLOCKS.contains(elementName)) {
                    newLine(out);
                }
            }

            @Override
            public void closeTag(String elementName) {
                if (BLOCKS.contains(elementName)) {
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
