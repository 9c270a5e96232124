package nl.regioportaal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.envers.Audited;

/** A care provider taking part in the development agenda (e.g. Lumens, MEE, Zuidzorg, GGD). */
@Audited
@Entity
@Table(name = "provider_organisation")
public class ProviderOrganisation extends BaseEntity {

    @Column(nullable = false, unique = true, length = 150)
    private String name;

    protected ProviderOrganisation() {}

    public ProviderOrganisation(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
