package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import nl.regioportaal.base.ui.component.UploadTexts;
import nl.regioportaal.forum.AgendaItemDocuments;
import nl.regioportaal.forum.AgendaItemDocuments.DocumentView;
import nl.regioportaal.forum.AgendaItemDocuments.Download;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.files.FileKind;
import nl.regioportaal.shared.i18n.PortalFormats;

/** An agenda item's documents on the meeting page: download links for whoever sees the item, upload and remove for the chair. */
class ItemDocuments {

    private final AgendaItemDocuments documents;
    private final Runnable afterChange;

    ItemDocuments(AgendaItemDocuments documents, Runnable afterChange) {
        this.documents = documents;
        this.afterChange = afterChange;
    }

    /** The item's documents; with {@code editable} a remove button per document. */
    Component links(List<DocumentView> docs, boolean editable) {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        for (DocumentView d : docs) {
            Anchor a = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        Download file = documents.download(d.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(file.content()),
                                file.fileName(),
                                file.contentType(),
                                file.content().length);
                    }),
                    d.fileName() + " (" + size(d.sizeBytes()) + ")");
            a.setId("document-" + d.id());
            a.getElement().setAttribute("download", true);
            row.add(new Span(VaadinIcon.FILE_TEXT_O.create(), a));
            if (editable) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    documents.remove(d.id());
                    afterChange.run();
                });
                remove.setId("remove-document-" + d.id());
                remove.setAriaLabel(text("forum.document.remove", d.fileName()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                row.add(remove);
            }
        }
        return row;
    }

    /** An upload field for the chair; the service has the last word on size and kind, its refusal shows under the field. */
    Component upload(long itemId, String itemTitle) {
        Span error = new Span();
        error.setId("document-error-" + itemId);
        error.addClassName("rp-field-error");
        error.getElement().setAttribute("role", "alert");
        Upload upload = new Upload((UploadHandler)
                event -> receive(event.getUI(), itemId, event.getFileName(), event.getInputStream(), error));
        upload.setId("document-upload-" + itemId);
        UploadTexts.apply(upload);
        upload.setAcceptedFileTypes(FileKind.acceptedExtensions());
        upload.setMaxFileSize(AgendaItemDocuments.MAX_BYTES);
        upload.setMaxFiles(1);
        // a button, not a drop zone per item: the agenda stays readable
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(text("forum.document.add-short"), VaadinIcon.UPLOAD.create()));
        upload.getElement().setAttribute("aria-label", text("forum.document.add", itemTitle));
        upload.getElement().setAttribute("aria-describedby", error.getId().orElseThrow());
        upload.addFileRejectedListener(e -> error.setText(text("forum.error.document-type-or-size")));
        Div box = new Div(upload, error);
        box.addClassName("rp-item-upload");
        return box;
    }

    void receive(UI ui, long itemId, String fileName, InputStream content, Span error) {
        try {
            documents.attach(itemId, fileName, content);
            ui.access(() -> {
                error.setText("");
                afterChange.run();
            });
        } catch (ValidationFailedException e) {
            String message = e.fieldErrors().values().stream()
                    .findFirst()
                    .map(key -> ui.getTranslation(key))
                    .orElse("");
            ui.access(() -> error.setText(message));
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, bytes / 1024) + " kB"
                : PortalFormats.number(
                                bytes / (1024.0 * 1024.0), 1, UI.getCurrent().getLocale()) + " MB";
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
