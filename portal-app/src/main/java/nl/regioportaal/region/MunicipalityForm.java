package nl.regioportaal.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the municipality form edits; also the row of the municipalities grid. */
public class MunicipalityForm {

    private Long id;
    private long version;

    @NotBlank(message = "{rp.required}")
    @Size(max = 100, message = "{rp.too-long}")
    private String name = "";

    @Pattern(regexp = "^$|GM\\d{4}", message = "{rp.municipality.code}")
    private String code = "";

    private int teamCount;

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

    public int getTeamCount() {
        return teamCount;
    }

    void setTeamCount(int teamCount) {
        this.teamCount = teamCount;
    }
}
