package nl.regioportaal.region;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.security.Role;

/** What the person form edits; also the row of the people grid. */
public class PersonForm {

    private Long id;
    private long version;

    @NotBlank(message = "{rp.required}")
    @Size(max = 100, message = "{rp.too-long}")
    private String firstName = "";

    @NotBlank(message = "{rp.required}")
    @Size(max = 150, message = "{rp.too-long}")
    private String lastName = "";

    @NotBlank(message = "{rp.required}")
    @Email(message = "{rp.email}")
    @Size(max = 200, message = "{rp.too-long}")
    private String email = "";

    private MunicipalityRef municipality;
    private ProviderRef provider;
    private Set<TeamRef> teams = new LinkedHashSet<>();
    private Set<Role> roles = EnumSet.of(Role.PROFESSIONAL);

    @NotNull(message = "{rp.required}")
    private LocalDate startDate;

    private LocalDate endDate;
    private boolean active = true;

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public String getTeamNames() {
        return teams.stream().map(TeamRef::name).sorted().collect(Collectors.joining(", "));
    }

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

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public MunicipalityRef getMunicipality() {
        return municipality;
    }

    public void setMunicipality(MunicipalityRef municipality) {
        this.municipality = municipality;
    }

    public ProviderRef getProvider() {
        return provider;
    }

    public void setProvider(ProviderRef provider) {
        this.provider = provider;
    }

    public Set<TeamRef> getTeams() {
        return teams;
    }

    public void setTeams(Set<TeamRef> teams) {
        this.teams = teams == null ? new LinkedHashSet<>() : new LinkedHashSet<>(teams);
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
