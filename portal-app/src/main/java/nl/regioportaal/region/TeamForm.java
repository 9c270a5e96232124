package nl.regioportaal.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the team form edits; also the row of the teams grid. */
public class TeamForm {

    private Long id;
    private long version;

    @NotNull(message = "{rp.required}")
    private MunicipalityRef municipality;

    @NotBlank(message = "{rp.required}")
    @Size(max = 100, message = "{rp.too-long}")
    private String name = "";

    @NotNull(message = "{rp.required}")
    private TeamKind kind = TeamKind.GENERAL;

    @NotNull(message = "{rp.required}")
    private CaseloadScope caseloadScope = CaseloadScope.MULTI_ONLY;

    private boolean active = true;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public MunicipalityRef getMunicipality() {
        return municipality;
    }

    public void setMunicipality(MunicipalityRef municipality) {
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
