package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.regioportaal.shared.BaseEntity;

/** A method of the library; its content lives in versions, so that an edit never changes a planned session. */
@Entity
@Table(name = "peer_method")
public class PeerMethod extends BaseEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private boolean retired;

    protected PeerMethod() {}

    public PeerMethod(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }
}
