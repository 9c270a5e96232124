package nl.regioportaal.intervisie;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.intervisie.IntervisieModel.MethodDraft;
import nl.regioportaal.intervisie.IntervisieModel.MethodView;
import nl.regioportaal.intervisie.IntervisieModel.PhaseDraft;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The methods library: methods with ordered, timed phases in Dutch and English. The process
 * supervisor adds, edits and retires methods; an edit saves a new version, so a session planned
 * earlier keeps the phases it was planned with.
 */
@Service
@Transactional
public class MethodService {

    private final PeerMethodRepository methods;
    private final MethodVersionRepository versions;
    private final PeerPrivacy privacy;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    MethodService(
            PeerMethodRepository methods,
            MethodVersionRepository versions,
            PeerPrivacy privacy,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.methods = methods;
        this.versions = versions;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** The library (retired methods too, marked), for everyone signed in: methods hold no one's data. */
    @Transactional(readOnly = true)
    public List<MethodView> methods() {
        currentUser.require();
        return methods.findAllByOrderByIdAsc().stream().map(this::current).toList();
    }

    /** The methods a new session may use. */
    @Transactional(readOnly = true)
    public List<MethodView> activeMethods() {
        return methods().stream().filter(m -> !m.retired()).toList();
    }

    @Transactional(readOnly = true)
    public MethodView version(long versionId) {
        currentUser.require();
        return view(versions.findById(versionId).orElseThrow());
    }

    @Transactional(readOnly = true)
    public boolean mayManage() {
        return access.mayManagePeerSupervision(currentUser.require());
    }

    public long addMethod(MethodDraft draft) {
        requireManager();
        Map<String, String> errors = validate(draft);
        String code = draft.code() == null ? "" : draft.code().strip().toLowerCase();
        if (!code.matches("[a-z][a-z0-9-]{1,39}")) {
            errors.put("code", "intervisie.error.method-code");
        } else if (methods.existsByCode(code)) {
            errors.put("code", "intervisie.error.method-code-taken");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        PeerMethod method = methods.save(new PeerMethod(code));
        saveVersion(method, 1, draft);
        return method.getId();
    }

    /** Saves the draft as the method's next version; sessions already planned keep theirs. */
    public void editMethod(long methodId, MethodDraft draft) {
        requireManager();
        Map<String, String> errors = validate(draft);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        PeerMethod method = methods.findById(methodId).orElseThrow();
        int next = versions.findFirstByMethodIdOrderByNumberDesc(methodId)
                        .map(MethodVersion::getNumber)
                        .orElse(0)
                + 1;
        saveVersion(method, next, draft);
    }

    /** A retired method is no longer offered for new sessions; planned ones keep it. */
    public void setRetired(long methodId, boolean retired) {
        requireManager();
        methods.findById(methodId).orElseThrow().setRetired(retired);
    }

    /** The version a new session is planned with. */
    MethodVersion currentVersion(long methodId) {
        PeerMethod method = methods.findById(methodId)
                .orElseThrow(() -> ValidationFailedException.of("method", "intervisie.error.method"));
        if (method.isRetired()) {
            throw ValidationFailedException.of("method", "intervisie.error.method-retired");
        }
        return versions.findFirstByMethodIdOrderByNumberDesc(methodId).orElseThrow();
    }

    private void saveVersion(PeerMethod method, int number, MethodDraft draft) {
        List<MethodPhase> phases = draft.phases().stream()
                .map(p -> new MethodPhase(
                        p.nameNl().strip(),
                        p.nameEn().strip(),
                        p.minutes(),
                        p.speaker(),
                        p.instructionNl().strip(),
                        p.instructionEn().strip()))
                .toList();
        versions.save(new MethodVersion(
                method,
                number,
                draft.nameNl().strip(),
                draft.nameEn().strip(),
                draft.groupChooses(),
                phases,
                clock.instant()));
    }

    private Map<String, String> validate(MethodDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(draft.nameNl()) || blank(draft.nameEn())) {
            errors.put("name", "intervisie.error.method-name");
        } else {
            privacy.checkBlocks("name", draft.nameNl() + " " + draft.nameEn(), errors);
        }
        List<PhaseDraft> phases = draft.phases() == null ? List.of() : draft.phases();
        if (phases.isEmpty()) {
            errors.put("phases", "intervisie.error.phases");
        }
        for (PhaseDraft p : phases) {
            if (blank(p.nameNl())
                    || blank(p.nameEn())
                    || blank(p.instructionNl())
                    || blank(p.instructionEn())
                    || p.speaker() == null
                    || p.minutes() < 1
                    || p.minutes() > 120) {
                errors.put("phases", "intervisie.error.phase");
                break;
            }
            privacy.checkBlocks("phases", p.instructionNl() + " " + p.instructionEn(), errors);
        }
        return errors;
    }

    private MethodView current(PeerMethod method) {
        return view(
                versions.findFirstByMethodIdOrderByNumberDesc(method.getId()).orElseThrow());
    }

    static MethodView view(MethodVersion v) {
        return new MethodView(
                v.getMethod().getId(),
                v.getId(),
                v.getMethod().getCode(),
                v.getNumber(),
                v.getNameNl(),
                v.getNameEn(),
                v.isGroupChooses(),
                v.getMethod().isRetired(),
                v.getPhases().stream()
                        .map(p -> new PhaseDraft(
                                p.getNameNl(),
                                p.getNameEn(),
                                p.getMinutes(),
                                p.getSpeaker(),
                                p.getInstructionNl(),
                                p.getInstructionEn()))
                        .toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void requireManager() {
        access.require(access.mayManagePeerSupervision(currentUser.require()), "may not keep the methods library");
    }
}
