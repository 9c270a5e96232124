package nl.regioportaal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person's choice for one kind; no row means the kind's default. */
@Entity
@Table(name = "notify_preference")
class Preference {

    @Embeddable
    record Key(
            @Column(name = "person_id") long personId,
            @Column(name = "kind", length = 60) String kind) implements Serializable {}

    @EmbeddedId
    private Key id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    protected Preference() {}

    Preference(long personId, String kind, Channel channel) {
        this.id = new Key(personId, kind);
        this.channel = channel;
    }

    Key getId() {
        return id;
    }

    Channel getChannel() {
        return channel;
    }

    void setChannel(Channel channel) {
        this.channel = channel;
    }
}
