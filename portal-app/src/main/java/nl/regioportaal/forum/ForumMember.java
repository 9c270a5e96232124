package nl.regioportaal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A person's membership of a forum, with their role in it. */
@Entity
@Table(name = "forum_member")
public class ForumMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ForumRole role;

    protected ForumMember() {}

    public ForumMember(Forum forum, long personId, ForumRole role) {
        this.forum = forum;
        this.personId = personId;
        this.role = role;
    }

    public Forum getForum() {
        return forum;
    }

    public long getPersonId() {
        return personId;
    }

    public ForumRole getRole() {
        return role;
    }

    public void setRole(ForumRole role) {
        this.role = role;
    }
}
