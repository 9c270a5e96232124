package nl.regioportaal.training;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CertificateLookupRepository extends JpaRepository<CertificateLookup, Long> {

    long countByAddressAndLookedUpAtAfter(String address, Instant after);

    @Modifying
    @Query("delete from CertificateLookup l where l.lookedUpAt < :before")
    int deleteOlderThan(Instant before);
}
