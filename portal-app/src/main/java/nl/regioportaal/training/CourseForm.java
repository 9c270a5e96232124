package nl.regioportaal.training;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.security.Role;

/** Editable copy of a course for the form; the service decides. */
public class CourseForm {

    private Long id;
    private long version;
    private Long planId;

    @NotBlank(message = "{rp.required}")
    @Size(max = 200, message = "{rp.too-long}")
    private String title;

    @Size(max = 4000, message = "{rp.too-long}")
    private String description;

    @NotNull(message = "{rp.required}")
    @DecimalMin(value = "0", message = "{rp.min-zero}")
    private BigDecimal hours;

    @Size(max = 200, message = "{rp.too-long}")
    private String provider;

    private Long providerId;

    private boolean mandatory;

    @Min(value = 1, message = "{rp.training.validity-positive}")
    private Integer validityMonths;

    private LocalDate deadlineDate;

    @Min(value = 1, message = "{rp.training.months-positive}")
    private Integer deadlineMonthsAfterStart;

    private boolean requiresApproval;

    @Min(value = 1, message = "{rp.training.peer-hours}")
    @Max(value = 100, message = "{rp.training.peer-hours}")
    private Integer peerSupervisionHoursPerYear;

    @NotNull(message = "{rp.required}")
    @Min(value = 1, message = "{rp.training.hold-days-positive}")
    private Integer approvalHoldDays = Course.DEFAULT_HOLD_DAYS;

    private Set<Role> audienceRoles = EnumSet.noneOf(Role.class);
    private Set<TeamKind> audienceTeamKinds = EnumSet.noneOf(TeamKind.class);
    private Set<Long> audienceMunicipalityIds = new HashSet<>();

    static CourseForm of(Course c) {
        CourseForm f = new CourseForm();
        f.id = c.getId();
        f.version = c.getVersion();
        f.planId = c.getPlan().getId();
        f.title = c.getTitle();
        f.description = c.getDescription();
        f.hours = c.getHours();
        f.provider = c.getProvider();
        f.providerId = c.getProviderId();
        f.mandatory = c.isMandatory();
        f.validityMonths = c.getValidityMonths();
        f.peerSupervisionHoursPerYear = c.getPeerSupervisionHoursPerYear();
        f.deadlineDate = c.getDeadlineDate();
        f.deadlineMonthsAfterStart = c.getDeadlineMonthsAfterStart();
        f.audienceRoles =
                c.getAudienceRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(c.getAudienceRoles());
        f.audienceTeamKinds = c.getAudienceTeamKinds().isEmpty()
                ? EnumSet.noneOf(TeamKind.class)
                : EnumSet.copyOf(c.getAudienceTeamKinds());
        f.audienceMunicipalityIds = new HashSet<>(c.getAudienceMunicipalityIds());
        f.requiresApproval = c.isRequiresApproval();
        f.approvalHoldDays = c.getApprovalHoldDays();
        return f;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public Integer getPeerSupervisionHoursPerYear() {
        return peerSupervisionHoursPerYear;
    }

    public void setPeerSupervisionHoursPerYear(Integer peerSupervisionHoursPerYear) {
        this.peerSupervisionHoursPerYear = peerSupervisionHoursPerYear;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(LocalDate deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public Integer getDeadlineMonthsAfterStart() {
        return deadlineMonthsAfterStart;
    }

    public void setDeadlineMonthsAfterStart(Integer m) {
        this.deadlineMonthsAfterStart = m;
    }

    public Set<Role> getAudienceRoles() {
        return audienceRoles;
    }

    public void setAudienceRoles(Set<Role> roles) {
        this.audienceRoles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<TeamKind> getAudienceTeamKinds() {
        return audienceTeamKinds;
    }

    public void setAudienceTeamKinds(Set<TeamKind> kinds) {
        this.audienceTeamKinds =
                kinds == null || kinds.isEmpty() ? EnumSet.noneOf(TeamKind.class) : EnumSet.copyOf(kinds);
    }
    /** Empty: all municipalities. */
    public Set<Long> getAudienceMunicipalityIds() {
        return audienceMunicipalityIds;
    }

    public void setAudienceMunicipalityIds(Set<Long> ids) {
        this.audienceMunicipalityIds = ids == null ? new HashSet<>() : new HashSet<>(ids);
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public void setRequiresApproval(boolean requiresApproval) {
        this.requiresApproval = requiresApproval;
    }

    public Integer getApprovalHoldDays() {
        return approvalHoldDays;
    }

    public void setApprovalHoldDays(Integer approvalHoldDays) {
        this.approvalHoldDays = approvalHoldDays;
    }
}
