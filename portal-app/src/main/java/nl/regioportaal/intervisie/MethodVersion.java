package nl.regioportaal.intervisie;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportaal.shared.BaseEntity;

/** One version of a method as it was saved; never changed afterwards (sessions point at it). */
@Entity
@Table(name = "peer_method_version")
public class MethodVersion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "method_id")
    private PeerMethod method;

    @Column(nullable = false)
    private int number;

    @Column(name = "name_nl", nullable = false, length = 100)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    /** Several members may bring a case question and the group votes (the incident method); else only the case bringer. */
    @Column(name = "group_chooses", nullable = false)
    private boolean groupChooses;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "peer_method_phase", joinColumns = @JoinColumn(name = "method_version_id"))
    @OrderColumn(name = "position")
    private List<MethodPhase> phases = new ArrayList<>();

    protected MethodVersion() {}

    public MethodVersion(
            PeerMethod method,
            int number,
            String nameNl,
            String nameEn,
            boolean groupChooses,
            List<MethodPhase> phases,
            Instant createdAt) {
        this.method = method;
        this.number = number;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.groupChooses = groupChooses;
        this.phases = new ArrayList<>(phases);
        this.createdAt = createdAt;
    }

    public PeerMethod getMethod() {
        return method;
    }

    public int getNumber() {
        return number;
    }

    public String name(Locale locale) {
        return MethodPhase.english(locale) ? nameEn : nameNl;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isGroupChooses() {
        return groupChooses;
    }

    public List<MethodPhase> getPhases() {
        return List.copyOf(phases);
    }

    public int totalMinutes() {
        return phases.stream().mapToInt(MethodPhase::getMinutes).sum();
    }
}
