package nl.regioportaal.intervisie;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import nl.regioportaal.shared.i18n.PortalI18NProvider;

/** One timed phase of a method version, with its name and instruction in Dutch and English. */
@Embeddable
public class MethodPhase {

    @Column(name = "name_nl", nullable = false, length = 100)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Speaker speaker;

    @Column(name = "instruction_nl", nullable = false, length = 1000)
    private String instructionNl;

    @Column(name = "instruction_en", nullable = false, length = 1000)
    private String instructionEn;

    protected MethodPhase() {}

    public MethodPhase(
            String nameNl, String nameEn, int minutes, Speaker speaker, String instructionNl, String instructionEn) {
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.minutes = minutes;
        this.speaker = speaker;
        this.instructionNl = instructionNl;
        this.instructionEn = instructionEn;
    }

    public String name(Locale locale) {
        return english(locale) ? nameEn : nameNl;
    }

    public String instruction(Locale locale) {
        return english(locale) ? instructionEn : instructionNl;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getMinutes() {
        return minutes;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public String getInstructionNl() {
        return instructionNl;
    }

    public String getInstructionEn() {
        return instructionEn;
    }

    static boolean english(Locale locale) {
        return PortalI18NProvider.supported(locale) == PortalI18NProvider.ENGLISH;
    }
}
