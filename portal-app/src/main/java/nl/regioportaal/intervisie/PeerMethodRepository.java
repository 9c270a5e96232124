package nl.regioportaal.intervisie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeerMethodRepository extends JpaRepository<PeerMethod, Long> {

    List<PeerMethod> findAllByOrderByIdAsc();

    Optional<PeerMethod> findByCode(String code);

    boolean existsByCode(String code);
}
