package nl.regioportaal.region;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface RegionRepository extends JpaRepository<Region, Long> {
    Optional<Region> findFirstByOrderByIdAsc();
}
