package nl.regioportaal.intervisie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeerGroupMemberRepository extends JpaRepository<PeerGroupMember, Long> {

    List<PeerGroupMember> findByGroupIdOrderByIdAsc(long groupId);

    List<PeerGroupMember> findByPersonId(long personId);

    Optional<PeerGroupMember> findByGroupIdAndPersonId(long groupId, long personId);

    long countByGroupId(long groupId);
}
