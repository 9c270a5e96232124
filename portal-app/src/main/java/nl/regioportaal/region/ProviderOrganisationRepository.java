package nl.regioportaal.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderOrganisationRepository extends JpaRepository<ProviderOrganisation, Long> {
    List<ProviderOrganisation> findAllByOrderByNameAsc();
}
