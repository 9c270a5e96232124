package nl.regioportaal.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaProposalRepository extends JpaRepository<AgendaProposal, Long> {

    List<AgendaProposal> findByForumIdAndStatusOrderByProposedAtAsc(long forumId, ProposalStatus status);

    List<AgendaProposal> findByProposerPersonIdOrderByProposedAtDesc(long personId);

    Optional<AgendaProposal> findFirstByItemId(long itemId);
}
