package nl.regioportaal.region;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProviderOrganisationRepository extends JpaRepository<ProviderOrganisation, Long> {
    List<ProviderOrganisation> findAllByOrderByNameAsc();
}
