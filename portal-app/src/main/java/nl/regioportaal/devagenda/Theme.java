package nl.regioportaal.devagenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.regioportaal.region.Municipality;
import nl.regioportaal.shared.BaseEntity;

/** A theme of the development agenda, led by one municipality. */
@Entity
@Table(name = "devagenda_theme")
class Theme extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String goal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_municipality_id")
    private Municipality leadMunicipality;

    protected Theme() {}

    Theme(String title, String goal, Municipality leadMunicipality) {
        change(title, goal, leadMunicipality);
    }

    final void change(String title, String goal, Municipality leadMunicipality) {
        this.title = title;
        this.goal = goal;
        this.leadMunicipality = leadMunicipality;
    }

    String getTitle() {
        return title;
    }

    String getGoal() {
        return goal;
    }

    Municipality getLeadMunicipality() {
        return leadMunicipality;
    }
}
