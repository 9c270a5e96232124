-- Certificates that anyone can verify, the region as their issuer, and attendance with a reason.

-- A random, unguessable code per certificate (printed on it, checked on /certificaat/<code>).
-- Completions from before get 16 random hex digits (80 bits from the Crockford alphabet's 0-9A-F);
-- new ones get 16 Crockford base-32 characters from the portal (CertificateCode). The default
-- covers rows written without the entity (bulk loads, the benchmark).
ALTER TABLE completion ADD COLUMN certificate_code VARCHAR(32) NULL;
UPDATE completion SET certificate_code = UPPER(HEX(RANDOM_BYTES(8))) WHERE certificate_code IS NULL;
ALTER TABLE completion MODIFY certificate_code VARCHAR(32) NOT NULL DEFAULT (UPPER(HEX(RANDOM_BYTES(8))));
CREATE UNIQUE INDEX uk_completion_certificate_code ON completion (certificate_code);

-- Every lookup on the public verification page, per client address, so that the limit
-- (20 a minute) holds on every portal node; rows older than an hour are removed as lookups come in.
CREATE TABLE certificate_lookup (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    address      VARCHAR(64)  NOT NULL,
    looked_up_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB;
CREATE INDEX ix_certificate_lookup ON certificate_lookup (address, looked_up_at);

-- "Afgemeld met reden": the reason, as the trainer heard it.
ALTER TABLE attendance ADD COLUMN reason VARCHAR(200) NULL;

-- The region issues the certificates: its name and, optionally, its logo (PNG or JPEG).
ALTER TABLE region ADD COLUMN logo MEDIUMBLOB NULL, ADD COLUMN logo_type VARCHAR(20) NULL;
