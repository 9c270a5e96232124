package nl.regioportaal.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    /** The account, its row locked until the transaction ends: logins at the same moment count one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Account> findLockedByUsernameIgnoreCase(String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Account> findLockedById(long id);

    Optional<Account> findByPersonId(long personId);

    boolean existsByUsernameIgnoreCase(String username);
}
