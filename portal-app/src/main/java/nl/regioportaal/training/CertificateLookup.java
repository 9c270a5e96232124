package nl.regioportaal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One lookup on the public verification page, per client address (counted across nodes). */
@Entity
@Table(name = "certificate_lookup")
class CertificateLookup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(name = "looked_up_at", nullable = false)
    private Instant lookedUpAt;

    protected CertificateLookup() {}

    CertificateLookup(String address, Instant lookedUpAt) {
        this.address = address;
        this.lookedUpAt = lookedUpAt;
    }
}
