package nl.regioportaal.devagenda;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.region.Municipality;
import nl.regioportaal.region.ProviderOrganisation;
import nl.regioportaal.security.InitiativeScope;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.annotations.OptimisticLock;

/**
 * An initiative under a theme: owned by a municipality, optionally co-owned by a provider
 * organisation, shared per initiative with provider organisations by its owner. Internal notes are
 * for municipal staff only. Versioned: a concurrent edit is refused and explained.
 */
@Entity
@Table(name = "devagenda_initiative")
class Initiative extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_municipality_id")
    private Municipality owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "co_owner_provider_id")
    private ProviderOrganisation coOwner;

    @ManyToMany
    @JoinTable(
            name = "devagenda_share",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "provider_id"))
    private Set<ProviderOrganisation> sharedWith = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "devagenda_participating_provider",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "provider_id"))
    private Set<ProviderOrganisation> participatingProviders = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "devagenda_participating_municipality",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_id"))
    private Set<Municipality> participatingMunicipalities = new HashSet<>();

    // following is no edit of the initiative: it must not make an owner's open form stale
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "devagenda_follower", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "person_id")
    private Set<Long> followers = new HashSet<>();

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("due asc")
    private List<Milestone> milestones = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status = InitiativeStatus.IDEA;

    @Column(nullable = false)
    private int percentage;

    @Column(nullable = false)
    private int weight = 1;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Column(length = 2000)
    private String links;

    @Column(name = "internal_notes", columnDefinition = "TEXT")
    private String internalNotes;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Initiative() {}

    Initiative(Theme theme, String title, Municipality owner, Instant now) {
        this.theme = theme;
        this.title = title;
        this.owner = owner;
        this.changedAt = now;
    }

    InitiativeScope scope() {
        return new InitiativeScope(
                owner.getId(),
                coOwner == null ? null : coOwner.getId(),
                sharedWith.stream().map(ProviderOrganisation::getId).collect(Collectors.toUnmodifiableSet()));
    }

    void touched(Instant now) {
        this.changedAt = now;
    }

    Theme getTheme() {
        return theme;
    }

    void setTheme(Theme theme) {
        this.theme = theme;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    Municipality getOwner() {
        return owner;
    }

    void setOwner(Municipality owner) {
        this.owner = owner;
    }

    ProviderOrganisation getCoOwner() {
        return coOwner;
    }

    void setCoOwner(ProviderOrganisation coOwner) {
        this.coOwner = coOwner;
    }

    Set<ProviderOrganisation> getSharedWith() {
        return sharedWith;
    }

    Set<ProviderOrganisation> getParticipatingProviders() {
        return participatingProviders;
    }

    Set<Municipality> getParticipatingMunicipalities() {
        return participatingMunicipalities;
    }

    Set<Long> getFollowers() {
        return followers;
    }

    List<Milestone> getMilestones() {
        return milestones;
    }

    InitiativeStatus getStatus() {
        return status;
    }

    void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    int getPercentage() {
        return percentage;
    }

    void setPercentage(int percentage) {
        this.percentage = percentage;
    }

    int getWeight() {
        return weight;
    }

    void setWeight(int weight) {
        this.weight = weight;
    }

    LocalDate getStart() {
        return start;
    }

    LocalDate getEnd() {
        return end;
    }

    void setPeriod(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    String getLinks() {
        return links;
    }

    void setLinks(String links) {
        this.links = links;
    }

    String getInternalNotes() {
        return internalNotes;
    }

    void setInternalNotes(String internalNotes) {
        this.internalNotes = internalNotes;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    long lateMilestones(LocalDate today) {
        return milestones.stream()
                .filter(m -> m.state(today) == MilestoneState.LATE)
                .count();
    }
}
