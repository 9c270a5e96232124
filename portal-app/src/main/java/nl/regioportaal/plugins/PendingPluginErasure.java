package nl.regioportaal.plugins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioportaal.shared.BaseEntity;

/** A person's erasure that a plugin still owes: it was not running when the person was erased. */
@Entity
@Table(name = "plugin_pending_erasure")
class PendingPluginErasure extends BaseEntity {

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    protected PendingPluginErasure() {}

    PendingPluginErasure(String pluginId, long personId, Instant requestedAt) {
        this.pluginId = pluginId;
        this.personId = personId;
        this.requestedAt = requestedAt;
    }

    String getPluginId() {
        return pluginId;
    }

    long getPersonId() {
        return personId;
    }
}
