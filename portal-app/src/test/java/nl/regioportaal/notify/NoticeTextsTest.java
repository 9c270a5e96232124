package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A notice's dates travel as ISO days (with a time) and are written the way its reader writes them. */
class NoticeTextsTest {

    private final NoticeTexts texts = new NoticeTexts(List.of());

    @Test
    void daysAreWrittenInTheReadersLanguageNeverAsIso() {
        List<String> params = List.of("Motiverende gespreksvoering", "2027-03-12", "2027-03-09");
        String key = "training.notice.approval-requested.body";

        assertThat(texts.text("training.approval-requested", key, Locale.of("nl"), params))
                .contains("op 12-03-2027", "tot 09-03-2027")
                .doesNotContain("2027-03");
        assertThat(texts.text("training.approval-requested", key, Locale.ENGLISH, params))
                .contains("on 12/03/2027", "until 09/03/2027")
                .doesNotContain("2027-03");
    }

    @Test
    void aDayWithATimeIsWrittenSoToo() {
        List<String> params = List.of("Intervisie teamleiders", "2027-03-12 09:30");
        String key = "intervisie.notice.session-moved.subject";

        assertThat(texts.text("intervisie.session-moved", key, Locale.of("nl"), params))
                .isEqualTo("Intervisie Intervisie teamleiders verplaatst: 12-03-2027 09:30");
        assertThat(texts.text("intervisie.session-moved", key, Locale.ENGLISH, params))
                .endsWith("moved: 12/03/2027 09:30");
        assertThat(NoticeTexts.shown("2027-03-12 09:30:15", Locale.of("nl"))).isEqualTo("12-03-2027 09:30");
    }

    @Test
    void aDutchDateOrTextThatOnlyLooksLikeADatePassesUnchanged() {
        assertThat(NoticeTexts.shown("12-03-2027", Locale.ENGLISH)).isEqualTo("12-03-2027");
        assertThat(NoticeTexts.shown("2027-13-45", Locale.ENGLISH)).isEqualTo("2027-13-45");
        assertThat(NoticeTexts.shown("2027-03-12 25:99", Locale.ENGLISH)).isEqualTo("2027-03-12 25:99");
        assertThat(NoticeTexts.shown(null, Locale.ENGLISH)).isNull();
    }

    @Test
    void aPluginsOwnTextsComeFromItsSourceAsWritten() {
        NoticeTextSource plugin = (kind, key, locale, params) ->
                kind.startsWith("caseload.") ? Optional.of("Peildatum " + params.getFirst()) : Optional.empty();
        NoticeTexts withPlugin = new NoticeTexts(List.of(plugin));
        assertThat(withPlugin.text("caseload.x", "caseload.notice.x.body", Locale.of("nl"), List.of("2027-03-12")))
                .isEqualTo("Peildatum 2027-03-12");
    }
}
