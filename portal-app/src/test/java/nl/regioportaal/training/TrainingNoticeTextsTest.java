package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A notice's dates travel as ISO days and are written the way its reader writes them. */
class TrainingNoticeTextsTest {

    private final TrainingNoticeTexts texts = new TrainingNoticeTexts();

    @Test
    void datesAreWrittenInTheReadersLanguageNeverAsIso() {
        List<String> params = List.of("Motiverende gespreksvoering", "2027-03-12", "2027-03-09");
        String key = "training.notice.approval-requested.body";

        assertThat(texts.text("training.approval-requested", key, Locale.of("nl"), params))
                .hasValueSatisfying(t -> assertThat(t)
                        .contains("op 12-03-2027", "tot 09-03-2027")
                        .doesNotContain("2027-03"));
        assertThat(texts.text("training.approval-requested", key, Locale.ENGLISH, params))
                .hasValueSatisfying(t -> assertThat(t)
                        .contains("on 12/03/2027", "until 09/03/2027")
                        .doesNotContain("2027-03"));
    }

    @Test
    void aNoticeRecordedWithADutchDateAndOtherModulesKindsPassUnchanged() {
        assertThat(TrainingNoticeTexts.shown("12-03-2027", Locale.ENGLISH)).isEqualTo("12-03-2027");
        assertThat(TrainingNoticeTexts.shown("2027-13-45", Locale.ENGLISH)).isEqualTo("2027-13-45");
        assertThat(texts.text("forum.meeting-published", "forum.notice.x.body", Locale.ENGLISH, List.of()))
                .isEmpty();
    }
}
