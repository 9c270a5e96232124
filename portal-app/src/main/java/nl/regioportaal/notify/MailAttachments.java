package nl.regioportaal.notify;

import java.util.Locale;
import java.util.Optional;

/**
 * A file that goes with a notice's mail, made for its recipient when the mail is composed (for
 * example the agenda as PDF with a meeting's invitation). Modules implement it as a bean; notify asks
 * each one by the notice's kind and link. Made at sending time, not stored with the event, so the
 * file shows what the recipient may see then and the event registry stays small.
 */
public interface MailAttachments {

    record Attachment(String fileName, String contentType, byte[] content) {}

    Optional<Attachment> attachmentFor(String kind, String link, long recipientPersonId, Locale locale);
}
