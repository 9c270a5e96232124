package nl.regioportaal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.envers.Audited;

/** A year's training plan, e.g. "Scholingsplan 2027". Its courses count only once it is published. */
@Audited
@Entity
@Table(name = "training_plan")
public class TrainingPlan extends BaseEntity {

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected TrainingPlan() {}

    TrainingPlan(int year, String title) {
        this.year = year;
        this.title = title;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    void rename(String title) {
        this.title = title;
    }

    void publish(Instant when) {
        published = true;
        publishedAt = when;
    }
}
