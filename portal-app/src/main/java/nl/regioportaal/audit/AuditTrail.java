package nl.regioportaal.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditDisjunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the audit trail for the administrator: by person (who acted, or whose record it is), by
 * object type and id, and by period, newest first. What changed is computed by comparing each
 * revision of an object with its previous revision (through Envers' {@link AuditReader}).
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** The audited property that names the person an object is about (an enrolment's). */
    private static final String PERSON_PROPERTY = "personId";

    /** The audited entity whose own id is a person's. */
    private static final String PERSON_TYPE = "Person";

    @PersistenceContext
    private EntityManager entityManager;

    private final AuditValues values;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final Clock clock;

    AuditTrail(AuditValues values, CurrentUser currentUser, AccessPolicy policy, Clock clock) {
        this.values = values;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
    }

    /** The kinds of object in the trail, by their entity's simple name (e.g. "Person", "Team"). */
    public List<String> objectTypes() {
        requireReader();
        return List.copyOf(types().keySet());
    }

    public int count(AuditFilter filter) {
        requireReader();
        long total = 0;
        for (Map.Entry<String, Class<?>> type : typesOf(filter).entrySet()) {
            AuditQuery query = query(type.getKey(), type.getValue(), filter)
                    .addProjection(AuditEntity.revisionNumber().count());
            total += ((Number) query.getSingleResult()).longValue();
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    /** One page of entries, newest first. */
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        requireReader();
        List<Found> found = new ArrayList<>();
        for (Map.Entry<String, Class<?>> type : typesOf(filter).entrySet()) {
            List<?> rows = query(type.getKey(), type.getValue(), filter)
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(offset + limit)
                    .getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                found.add(new Found(type.getKey(), type.getValue(), r[0], (AuditRevision) r[1], (RevisionType) r[2]));
            }
        }
        return found.stream()
                .sorted(Comparator.comparing((Found f) -> f.revision().getId())
                        .reversed()
                        .thenComparing(Found::typeName))
                .skip(offset)
                .limit(limit)
                .map(this::entry)
                .toList();
    }

    private record Found(String typeName, Class<?> type, Object state, AuditRevision revision, RevisionType kind) {}

    private AuditEntry entry(Found f) {
        long id = ((BaseEntity) f.state()).getId();
        Object before = previous(f.type(), id, f.revision().getId());
        Object after = f.kind() == RevisionType.DEL ? null : f.state();
        Object labelled = after != null ? after : before;
        return new AuditEntry(
                f.revision().getId(),
                f.revision().getChangedAt(),
                f.revision().getActorName(),
                f.typeName(),
                id,
                labelled == null ? "#" + id : values.label(labelled),
                switch (f.kind()) {
                    case ADD -> AuditEntry.Kind.CREATED;
                    case MOD -> AuditEntry.Kind.CHANGED;
                    case DEL -> AuditEntry.Kind.DELETED;
                },
                values.changes(f.type(), before, after));
    }

    /** The object's state in its latest revision before this one; null if this is the first in the trail. */
    private Object previous(Class<?> type, long id, long revision) {
        List<?> earlier = reader().createQuery()
                .forRevisionsOfEntity(type, true, false)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().lt(revision))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return earlier.isEmpty() ? null : earlier.getFirst();
    }

    private AuditQuery query(String typeName, Class<?> type, AuditFilter filter) {
        AuditQuery query = reader().createQuery().forRevisionsOfEntity(type, false, true);
        if (filter.objectId() != null) {
            query.add(AuditEntity.id().eq(filter.objectId()));
        }
        if (filter.personId() != null) {
            AuditDisjunction about = AuditEntity.disjunction()
                    .add(AuditEntity.revisionProperty("actorPersonId").eq(filter.personId()));
            if (typeName.equals(PERSON_TYPE)) {
                about.add(AuditEntity.id().eq(filter.personId()));
            }
            if (values.hasProperty(type, PERSON_PROPERTY)) {
                about.add(AuditEntity.property(PERSON_PROPERTY).eq(filter.personId()));
            }
            query.add(about);
        }
        if (filter.from() != null) {
            query.add(AuditEntity.revisionProperty("changedAt").ge(startOf(filter.from())));
        }
        if (filter.to() != null) {
            query.add(AuditEntity.revisionProperty("changedAt")
                    .lt(startOf(filter.to().plusDays(1))));
        }
        return query;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private Map<String, Class<?>> typesOf(AuditFilter filter) {
        Map<String, Class<?>> all = types();
        if (filter.objectType() == null || filter.objectType().isBlank()) {
            return all;
        }
        Class<?> one = all.get(filter.objectType());
        return one == null ? Map.of() : Map.of(filter.objectType(), one);
    }

    private Map<String, Class<?>> types() {
        AuditReader reader = reader();
        return entityManager.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(reader::isEntityClassAudited)
                .collect(Collectors.toMap(Class::getSimpleName, c -> c, (a, b) -> a, TreeMap::new));
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }

    private void requireReader() {
        policy.require(policy.mayReadAuditTrail(currentUser.require()), "only administrators read the audit trail");
    }
}
