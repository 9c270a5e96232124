package nl.regioportaal.region;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {
    Optional<Region> findFirstByOrderByIdAsc();
}
