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
}
