package nl.regioportaal.region;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.files.FileKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region as the issuer of what the portal hands out (certificates, sign-in sheets): its name
 * and an optional logo. The administrator sets them on {@code /beheer/regio}; any logged-in user's
 * documents read them.
 */
@Service
public class RegionSettings {

    /** A logo is printed a few centimetres wide; half a megabyte is plenty and keeps PDFs small. */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    /** What the administrator edits; {@code logo} null means "no logo". */
    public record Settings(String name, Logo logo, long version) {}

    /** An image as stored: PNG or JPEG bytes and their media type. */
    public record Logo(byte[] bytes, String mediaType) {}

    /** Who issues a document: the region's name and its logo, if it has one. */
    public record Issuer(String name, Optional<Logo> logo) {}

    private final RegionRepository regions;
    private final CurrentUser currentUser;

    RegionSettings(RegionRepository regions, CurrentUser currentUser) {
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Issuer issuer() {
        currentUser.require();
        return regions.findFirstByOrderByIdAsc()
                .map(r -> new Issuer(r.getName(), Optional.ofNullable(logoOf(r))))
                .orElse(new Issuer("", Optional.empty()));
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        currentUser.requireAnyRole(Role.ADMIN);
        Region r = regions.findFirstByOrderByIdAsc().orElseThrow();
        return new Settings(r.getName(), logoOf(r), r.getVersion());
    }

    /**
     * Saves name and logo together, or nothing: bad input is refused field by field ("name", "logo"),
     * a change by someone else since {@code settings.version()} with {@link ConcurrentEditException}.
     */
    @Transactional
    public void save(Settings settings) {
        currentUser.requireAnyRole(Role.ADMIN);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = settings.name() == null ? "" : settings.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "region.settings.error.name-required");
        } else if (name.length() > 100) {
            errors.put("name", "region.settings.error.name-too-long");
        }
        Logo logo = settings.logo();
        if (logo != null) {
            if (logo.bytes().length > MAX_LOGO_BYTES) {
                errors.put("logo", "region.settings.error.logo-too-big");
            } else if (!FileKind.isPngOrJpeg(
                    logo.bytes()) /* by content: the PDF library reads only what the bytes really are */) {
                errors.put("logo", "region.settings.error.logo-type");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Region r = regions.findFirstByOrderByIdAsc().orElseThrow();
        if (r.getVersion() != settings.version()) {
            throw new ConcurrentEditException("region", null);
        }
        r.setName(name);
        r.setLogo(
                logo == null ? null : logo.bytes(),
                logo == null ? null : FileKind.PNG.matches(logo.bytes()) ? "image/png" : "image/jpeg");
        regions.flush();
    }

    private static Logo logoOf(Region r) {
        return r.getLogo() == null ? null : new Logo(r.getLogo(), r.getLogoType());
    }
}
