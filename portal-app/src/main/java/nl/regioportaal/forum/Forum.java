package nl.regioportaal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A body that meets: the regional team-leaders forum, the managers' forum. Its code prefixes decision numbers. */
@Entity
@Table(name = "forum")
public class Forum extends BaseEntity {

    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 2000)
    private String description;

    /** Publish the agenda automatically this many days before the meeting; null: the chair publishes. */
    @Column(name = "auto_publish_days")
    private Integer autoPublishDays;

    protected Forum() {}

    public Forum(String code, String name, String description) {
        this.code = code;
        this.name = name;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getAutoPublishDays() {
        return autoPublishDays;
    }

    public void setAutoPublishDays(Integer autoPublishDays) {
        this.autoPublishDays = autoPublishDays;
    }
}
