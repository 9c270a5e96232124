package nl.regioportaal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import nl.regioportaal.shared.BaseEntity;

/** A local login. The person it belongs to lives in the region module and is referenced by id. */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "person_id", nullable = false, unique = true)
    private long personId;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "preferred_language", length = 5)
    private String preferredLanguage;

    protected Account() {}

    public Account(String username, String passwordHash, long personId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.personId = personId;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public long getPersonId() {
        return personId;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void recordFailure(Instant now, int maxAttempts, Duration lockTime) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            // each further failure while over the limit doubles the wait, up to a day
            int over = failedAttempts - maxAttempts;
            long seconds = Math.min(lockTime.toSeconds() << Math.min(over, 10), 86_400);
            lockedUntil = now.plusSeconds(seconds);
        }
    }

    void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }
}
