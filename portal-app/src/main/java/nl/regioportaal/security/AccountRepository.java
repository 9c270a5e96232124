package nl.regioportaal.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    Optional<Account> findByPersonId(long personId);

    boolean existsByUsernameIgnoreCase(String username);
}
