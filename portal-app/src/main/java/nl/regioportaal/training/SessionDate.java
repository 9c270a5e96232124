package nl.regioportaal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.envers.Audited;

/** One day part of a session; attendance is recorded per day part. */
@Audited
@Entity
@Table(name = "session_date")
public class SessionDate extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    protected SessionDate() {}

    SessionDate(CourseSession session, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.session = session;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public CourseSession getSession() {
        return session;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    boolean isAt(SessionForm.DayPart part) {
        return startsAt.equals(part.start()) && endsAt.equals(part.end());
    }

    /** Another time for this day part; what was recorded for it stays. */
    void moveTo(LocalDateTime startsAt, LocalDateTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }
}
