package nl.regioportaal.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.envers.Audited;

@Audited
@Entity
@Table(name = "course")
public class Course extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private TrainingPlan plan;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(length = 200)
    private String provider;

    /** The provider organisation (region) that gives the course; its representative sees it. */
    @Column(name = "provider_id")
    private Long providerId;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(name = "deadline_date")
    private LocalDate deadlineDate;

    @Column(name = "deadline_months_after_start")
    private Integer deadlineMonthsAfterStart;

    /** Enrolling needs the team leader's approval; the request holds a seat this many days. */
    /** Hours of peer supervision ("intervisie") a person this course is for must attend per calendar year; null: none. */
    @Column(name = "peer_supervision_hours_per_year")
    private Integer peerSupervisionHoursPerYear;

    @Column(name = "requires_approval", nullable = false)
    private boolean requiresApproval;

    @Column(name = "approval_hold_days", nullable = false)
    private int approvalHoldDays = DEFAULT_HOLD_DAYS;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_audience_role", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> audienceRoles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_audience_team_kind", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "team_kind", nullable = false, length = 20)
    private Set<TeamKind> audienceTeamKinds = EnumSet.noneOf(TeamKind.class);

    /** Empty: every municipality. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_audience_municipality", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "municipality_id", nullable = false)
    private Set<Long> audienceMunicipalityIds = new HashSet<>();

    static final int DEFAULT_HOLD_DAYS = 5;

    protected Course() {}

    Course(TrainingPlan plan) {
        this.plan = plan;
    }

    void apply(CourseForm f) {
        title = f.getTitle().trim();
        description = f.getDescription();
        hours = f.getHours();
        provider = f.getProvider();
        providerId = f.getProviderId();
        mandatory = f.isMandatory();
        validityMonths = f.getValidityMonths();
        peerSupervisionHoursPerYear = f.getPeerSupervisionHoursPerYear();
        deadlineDate = mandatory ? f.getDeadlineDate() : null;
        deadlineMonthsAfterStart = mandatory ? f.getDeadlineMonthsAfterStart() : null;
        audienceRoles = mandatory && !f.getAudienceRoles().isEmpty()
                ? EnumSet.copyOf(f.getAudienceRoles())
                : EnumSet.noneOf(Role.class);
        audienceTeamKinds = mandatory && !f.getAudienceTeamKinds().isEmpty()
                ? EnumSet.copyOf(f.getAudienceTeamKinds())
                : EnumSet.noneOf(TeamKind.class);
        audienceMunicipalityIds = mandatory ? new HashSet<>(f.getAudienceMunicipalityIds()) : new HashSet<>();
        requiresApproval = f.isRequiresApproval();
        approvalHoldDays = f.getApprovalHoldDays() == null ? DEFAULT_HOLD_DAYS : f.getApprovalHoldDays();
    }

    public TrainingPlan getPlan() {
        return plan;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getProvider() {
        return provider;
    }

    public Integer getPeerSupervisionHoursPerYear() {
        return peerSupervisionHoursPerYear;
    }

    public Long getProviderId() {
        return providerId;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public Integer getDeadlineMonthsAfterStart() {
        return deadlineMonthsAfterStart;
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public int getApprovalHoldDays() {
        return approvalHoldDays;
    }

    public Set<Role> getAudienceRoles() {
        return audienceRoles;
    }

    public Set<TeamKind> getAudienceTeamKinds() {
        return audienceTeamKinds;
    }

    public Set<Long> getAudienceMunicipalityIds() {
        return audienceMunicipalityIds;
    }

    CourseRule rule() {
        return new CourseRule(
                getId(),
                mandatory,
                Set.copyOf(audienceRoles),
                Set.copyOf(audienceTeamKinds),
                Set.copyOf(audienceMunicipalityIds),
                deadlineDate,
                deadlineMonthsAfterStart,
                validityMonths);
    }
}
