package nl.regioportaal.audit;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.springframework.stereotype.Component;

/**
 * Turns audited entity states into text: the fields that differ between two states of one object,
 * and a label for an object (its name, title or person's name, else its id). Generic over every
 * audited entity through Hibernate's metamodel, so an entity joins the trail by its annotation alone.
 */
@Component
class AuditValues {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    // unwrapped on use: Hibernate is still being built on its own thread while the context starts
    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;

    AuditValues(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    /** The fields whose values differ; every non-empty field when there is no earlier state. */
    List<AuditEntry.FieldChange> changes(Class<?> type, Object before, Object after) {
        EntityPersister persister = persister(type);
        String[] names = persister.getPropertyNames();
        Object[] old = before == null ? new Object[names.length] : persister.getValues(before);
        Object[] now = after == null ? new Object[names.length] : persister.getValues(after);
        // the optimistic-locking version is not audited: not a change anyone made
        String version = persister.isVersioned()
                ? persister.getVersionMapping().getVersionAttribute().getAttributeName()
                : null;
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(version)) {
                continue;
            }
            String was = text(old[i]);
            String is = text(now[i]);
            if (!was.equals(is)) {
                changes.add(new AuditEntry.FieldChange(names[i], was, is));
            }
        }
        return changes;
    }

    /** A name for the object: its name, title, person's name or plugin id, else "#id". */
    String label(Object entity) {
        Object real = unproxy(entity);
        if (real == null) {
            return "#" + idOf(entity);
        }
        EntityPersister persister = persister(Hibernate.getClass(real));
        List<String> names = List.of(persister.getPropertyNames());
        for (String property : List.of("name", "title", "pluginId")) {
            if (names.contains(property) && persister.getPropertyValue(real, property) != null) {
                return String.valueOf(persister.getPropertyValue(real, property));
            }
        }
        if (names.contains("firstName") && persister.getPropertyValue(real, "firstName") != null) {
            return persister.getPropertyValue(real, "firstName") + " " + persister.getPropertyValue(real, "lastName");
        }
        return "#" + idOf(real);
    }

    boolean hasProperty(Class<?> type, String property) {
        return List.of(persister(type).getPropertyNames()).contains(property);
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .map(this::text)
                    .sorted()
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> text(e.getKey()) + "=" + text(e.getValue()))
                    .sorted()
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
        }
        if (value instanceof Instant instant) {
            return MOMENT.format(instant.atZone(clock.getZone()));
        }
        if (value instanceof BaseEntity || value instanceof HibernateProxy) {
            return label(value);
        }
        return String.valueOf(value);
    }

    /** The state a (lazy, audited) reference points at; null when the trail has no row for it. */
    private static Object unproxy(Object entity) {
        try {
            return Hibernate.unproxy(entity);
        } catch (RuntimeException notInTheTrail) {
            // an object last changed before the audit trail began has no row in it
            return null;
        }
    }

    private static Object idOf(Object entity) {
        if (entity instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return entity instanceof BaseEntity e ? e.getId() : "?";
    }

    private EntityPersister persister(Class<?> type) {
        return entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(type);
    }
}
