package nl.regioportaal.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForumMemberRepository extends JpaRepository<ForumMember, Long> {

    List<ForumMember> findByForumId(long forumId);

    List<ForumMember> findByPersonId(long personId);

    Optional<ForumMember> findByForumIdAndPersonId(long forumId, long personId);

    long countByForumIdAndRole(long forumId, ForumRole role);
}
