package nl.regioportaal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

@Audited
@Entity
@Table(name = "municipality")
public class Municipality extends BaseEntity {

    // the region row carries the logo (a blob): not audited, only its id is
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(nullable = false, length = 100)
    private String name;

    /** CBS municipality code, e.g. GM0307 for Amersfoort. */
    @Column(length = 10)
    private String code;

    protected Municipality() {}

    public Municipality(Region region, String name, String code) {
        this.region = region;
        this.name = name;
        this.code = code;
    }

    public Region getRegion() {
        return region;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
