package nl.regioportaal.intervisie;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeerGroupRepository extends JpaRepository<PeerGroup, Long> {

    boolean existsByNameIgnoreCase(String name);

    List<PeerGroup> findAllByOrderByNameAsc();

    List<PeerGroup> findByIdInOrderByNameAsc(Collection<Long> ids);

    List<PeerGroup> findByFacilitatorPersonId(long personId);
}
