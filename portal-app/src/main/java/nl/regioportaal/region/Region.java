package nl.regioportaal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

@Entity
@Table(name = "region")
public class Region extends BaseEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    /** Printed on the certificates the region issues; PNG or JPEG, at most {@value RegionSettings#MAX_LOGO_BYTES} bytes. */
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_type", length = 20)
    private String logoType;

    protected Region() {}

    public Region(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    byte[] getLogo() {
        return logo;
    }

    String getLogoType() {
        return logoType;
    }

    void setLogo(byte[] logo, String logoType) {
        this.logo = logo;
        this.logoType = logoType;
    }
}
