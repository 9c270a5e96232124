package nl.regioportaal.intervisie;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MethodVersionRepository extends JpaRepository<MethodVersion, Long> {

    Optional<MethodVersion> findFirstByMethodIdOrderByNumberDesc(long methodId);
}
