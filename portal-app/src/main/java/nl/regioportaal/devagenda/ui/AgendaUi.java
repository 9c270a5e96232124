package nl.regioportaal.devagenda.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import nl.regioportaal.devagenda.InitiativeStatus;

/** Small shared pieces of the agenda's screens. */
final class AgendaUi {

    private AgendaUi() {}

    /** The status as text; the badge colour only repeats it. */
    static Span statusBadge(InitiativeStatus status, String text) {
        Span badge = new Span(text);
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case RUNNING -> "badge success";
                            case STOPPED -> "badge error";
                            case EVALUATED -> "badge contrast";
                            default -> "badge";
                        });
        return badge;
    }

    static Anchor initiativeLink(long id, String title) {
        Anchor a = new Anchor("ontwikkelagenda/initiatief/" + id, title);
        a.setId("initiative-" + id);
        return a;
    }

    /** A download built when clicked. */
    static Anchor download(String id, String text, String fileName, String mime, Supplier<byte[]> content) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mime, bytes.length);
                }),
                text);
        a.setId(id);
        return a;
    }
}
