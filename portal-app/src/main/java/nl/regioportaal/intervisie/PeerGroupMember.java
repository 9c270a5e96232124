package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A person's membership of a peer group. */
@Entity
@Table(name = "peer_group_member")
public class PeerGroupMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private PeerGroup group;

    @Column(name = "person_id", nullable = false)
    private long personId;

    protected PeerGroupMember() {}

    public PeerGroupMember(PeerGroup group, long personId) {
        this.group = group;
        this.personId = personId;
    }

    public PeerGroup getGroup() {
        return group;
    }

    public long getPersonId() {
        return personId;
    }
}
