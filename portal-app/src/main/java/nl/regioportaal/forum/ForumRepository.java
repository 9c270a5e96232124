package nl.regioportaal.forum;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ForumRepository extends JpaRepository<Forum, Long> {

    List<Forum> findAllByOrderByNameAsc();

    List<Forum> findByIdInOrderByNameAsc(Collection<Long> ids);

    Optional<Forum> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByNameIgnoreCase(String name);

    /** Serialises drawing decision numbers in the forum (two first inserts of a year's counter could deadlock otherwise). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from Forum f where f.id = :id")
    Optional<Forum> lockById(long id);
}
