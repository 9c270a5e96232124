package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import java.util.Map;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.forum.AgendaService;
import nl.regioportaal.shared.ValidationFailedException;

/**
 * Drag and drop in the chair's agenda builder: an item dropped on another item takes that item's
 * place, dropped on a section's heading it becomes the section's first, dropped on the section's
 * "add" button its last. The up and down buttons do the same from the keyboard. Drop targets are
 * siblings, never nested, so one drop moves an item once.
 */
class AgendaDragAndDrop {

    private final AgendaService agendas;
    private final Runnable afterChange;

    AgendaDragAndDrop(AgendaService agendas, Runnable afterChange) {
        this.agendas = agendas;
        this.afterChange = afterChange;
    }

    void draggable(Component row, long itemId) {
        DragSource<Component> source = DragSource.create(row);
        source.setDragData(itemId);
        source.setEffectAllowed(EffectAllowed.MOVE);
        row.getElement().setAttribute("title", row.getTranslation("forum.item.drag-hint"));
    }

    /** Dropping here puts the dragged item at {@code index} in the section. */
    void dropTarget(Component target, long sectionId, int index) {
        DropTarget<Component> drop = DropTarget.create(target);
        drop.setDropEffect(DropEffect.MOVE);
        drop.addDropListener(e -> e.getDragData()
                .filter(Long.class::isInstance)
                .ifPresent(itemId -> move((Long) itemId, sectionId, index)));
    }

    private void move(long itemId, long sectionId, int index) {
        try {
            agendas.moveItem(itemId, sectionId, index);
        } catch (ValidationFailedException e) {
            FieldErrors.show(e, Map.of());
        }
        afterChange.run();
    }
}
