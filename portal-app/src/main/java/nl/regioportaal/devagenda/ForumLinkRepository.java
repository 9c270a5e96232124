package nl.regioportaal.devagenda;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForumLinkRepository extends JpaRepository<ForumLink, Long> {

    Optional<ForumLink> findByProposalId(long proposalId);
}
