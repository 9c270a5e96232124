package nl.regioportaal.plugins;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import nl.regioportaal.shared.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An installed plugin: which jar (and its SHA-512), and where it is enabled. */
@Audited
@Entity
@Table(name = "plugin_installation")
class PluginInstallation extends BaseEntity {

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "plugin_version", nullable = false)
    private String pluginVersion;

    private String provider;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String sha512;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "region_wide", nullable = false)
    private boolean regionWide;

    @NotAudited
    @Column(name = "failed_reason")
    private String failedReason;

    @NotAudited
    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "installed_by", nullable = false)
    private String installedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plugin_enablement", joinColumns = @JoinColumn(name = "installation_id"))
    @Column(name = "municipality_id")
    private Set<Long> municipalityIds = new HashSet<>();

    protected PluginInstallation() {}

    PluginInstallation(String pluginId, Instant installedAt, String installedBy) {
        this.pluginId = pluginId;
        this.installedAt = installedAt;
        this.installedBy = installedBy;
    }

    void setArchive(PluginArchive archive, String fileName) {
        this.pluginVersion = archive.version();
        this.provider = archive.provider();
        this.sha512 = archive.sha512();
        this.signedBy = archive.signedBy();
        this.fileName = fileName;
    }

    void markFailed(String reason, Instant at) {
        this.failedReason = reason == null ? "?" : reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
        this.failedAt = at;
    }

    void clearFailure() {
        this.failedReason = null;
        this.failedAt = null;
    }

    String getPluginId() {
        return pluginId;
    }

    String getPluginVersion() {
        return pluginVersion;
    }

    String getProvider() {
        return provider;
    }

    String getFileName() {
        return fileName;
    }

    String getSha512() {
        return sha512;
    }

    String getSignedBy() {
        return signedBy;
    }

    boolean isRegionWide() {
        return regionWide;
    }

    void setRegionWide(boolean regionWide) {
        this.regionWide = regionWide;
    }

    String getFailedReason() {
        return failedReason;
    }

    Instant getFailedAt() {
        return failedAt;
    }

    Instant getInstalledAt() {
        return installedAt;
    }

    Set<Long> getMunicipalityIds() {
        return municipalityIds;
    }
}
