package nl.regioportaal.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    Optional<Account> findByPersonId(long personId);

    boolean existsByUsernameIgnoreCase(String username);
}
