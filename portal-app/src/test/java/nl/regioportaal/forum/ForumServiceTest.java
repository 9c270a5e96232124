package nl.regioportaal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumModel.ForumDraft;
import nl.regioportaal.forum.ForumModel.MemberRow;
import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ForumServiceTest extends ServiceTest {

    @Autowired
    ForumService forums;

    @Autowired
    ForumFixtures fixtures;

    @Test
    void theProcessSupervisorCreatesAForumAndChairsIt() {
        users.login("procesbegeleider");
        String code = ForumFixtures.uniqueCode();
        long id = forums.createForum(new ForumDraft(code.toLowerCase(), "Overleg " + code, "Regionaal", 7));

        assertThat(forums.forum(id).code()).isEqualTo(code);
        assertThat(forums.members(id))
                .extracting(MemberRow::role, MemberRow::name)
                .containsExactly(
                        tuple(ForumRole.CHAIR, forums.members(id).getFirst().name()));
        assertThat(forums.standing(id)).isEqualTo(ForumStanding.CHAIR);
        assertThat(forums.myForums()).anyMatch(f -> f.id() == id && f.myRole() == ForumRole.CHAIR);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        users.login("procesbegeleider");
        long before = forums.myForums().size();
        assertThatThrownBy(() -> forums.createForum(new ForumDraft("1", " ", null, 0)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("code", "forum.error.code")
                        .containsEntry("name", "forum.error.name")
                        .containsEntry("autoPublishDays", "forum.error.auto-publish-days"));
        assertThat(forums.myForums()).hasSize((int) before);
    }

    @Test
    void aCodeOrNameInUseIsRefused() {
        long existing = fixtures.forumWith();
        var forum = forums.forum(existing);
        assertThatThrownBy(() -> forums.createForum(new ForumDraft(forum.code(), forum.name(), null, null)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("code", "forum.error.code-taken")
                        .containsEntry("name", "forum.error.name-taken"));
    }

    @Test
    void onlyRegionWideStaffCreateForums() {
        users.login("teamleider.soest");
        assertThatThrownBy(() -> forums.createForum(new ForumDraft("XYZ", "Eigen overleg", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void membersSeeTheForumOutsidersDoNot() {
        long id = fixtures.forumWith("teamleider.soest", ForumRole.MEMBER);

        users.login("teamleider.soest");
        assertThat(forums.myForums()).anyMatch(f -> f.id() == id && f.myRole() == ForumRole.MEMBER);
        assertThat(forums.members(id)).hasSize(2);
        assertThatThrownBy(() -> forums.setMember(id, 1L, ForumRole.MEMBER)).isInstanceOf(AccessDeniedException.class);

        for (String outsider : new String[] {"wijkcoach.baarn", "aanbieder", "manager.leusden"}) {
            users.login(outsider);
            assertThat(forums.myForums()).noneMatch(f -> f.id() == id);
            assertThatThrownBy(() -> forums.members(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> forums.forum(id)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aForumAlwaysKeepsAChair() {
        long id = fixtures.forumWith("teamleider.soest", ForumRole.SECRETARY);
        long chair = fixtures.personOf("procesbegeleider");
        users.login("procesbegeleider");

        assertThatThrownBy(() -> forums.removeMember(id, chair))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).fieldErrors())
                        .containsEntry("role", "forum.error.last-chair"));
        assertThatThrownBy(() -> forums.setMember(id, chair, ForumRole.MEMBER))
                .isInstanceOf(ValidationFailedException.class);

        forums.setMember(id, fixtures.personOf("teamleider.soest"), ForumRole.CHAIR);
        users.login("procesbegeleider");
        forums.setMember(id, chair, ForumRole.ADVISER);
        assertThat(forums.members(id)).extracting(MemberRow::role).containsExactly(ForumRole.CHAIR, ForumRole.ADVISER);
    }
}
