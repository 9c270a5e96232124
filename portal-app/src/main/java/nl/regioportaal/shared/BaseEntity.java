package nl.regioportaal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.Hibernate;

/**
 * Identity plus an optimistic-locking version: every editable row in the portal has one, so that a
 * concurrent edit is detected and explained instead of silently overwritten.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** For forms that edit a detached copy: the version the user started from. */
    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o == null || Hibernate.getClass(this) != Hibernate.getClass(o)) return false;
        // getId(), not the field: the other one may be a lazy proxy, whose own fields stay empty
        return id != null && Objects.equals(id, ((BaseEntity) o).getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
