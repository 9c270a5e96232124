package nl.regioportaal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.envers.Audited;

@Audited
@Entity
@Table(name = "team")
public class Team extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TeamKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "caseload_scope", nullable = false, length = 20)
    private CaseloadScope caseloadScope;

    @Column(nullable = false)
    private boolean active = true;

    protected Team() {}

    public Team(Municipality municipality, String name, TeamKind kind, CaseloadScope caseloadScope) {
        this.municipality = municipality;
        this.name = name;
        this.kind = kind;
        this.caseloadScope = caseloadScope;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Municipality municipality) {
        this.municipality = municipality;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TeamKind getKind() {
        return kind;
    }

    public void setKind(TeamKind kind) {
        this.kind = kind;
    }

    public CaseloadScope getCaseloadScope() {
        return caseloadScope;
    }

    public void setCaseloadScope(CaseloadScope caseloadScope) {
        this.caseloadScope = caseloadScope;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
