package nl.regioportaal.plugins.api;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card on the portal's Start page. The portal puts {@code title} above the content, shows it only to
 * users of enabled municipalities (and holding {@code permission}, if set), and replaces it with a Dutch
 * error card if the factory throws.
 *
 * <p>Example:
 * <pre>{@code
 * new StartWidget(Text.of("Quickscan", "Quickscan"), 50, "quickscan.report",
 *         () -> Optional.of(new Paragraph("3 van de 5 antwoorden binnen")))
 * }</pre>
 *
 * @param order   position among the Start cards, lower first
 * @param factory content for the current user, or empty when there is nothing to show them
 */
public record StartWidget(Text title, int order, String permission, WidgetFactory factory) {

    @FunctionalInterface
    public interface WidgetFactory {
        Optional<Component> create();
    }
}
