-- A course names the provider organisation that gives it, so the provider's representative sees
-- the courses of their organisation. The free-text provider stays as the fallback (a provider that
-- is no organisation in the portal); existing courses are linked where the text is an organisation's name.
ALTER TABLE course
    ADD COLUMN provider_id BIGINT NULL,
    ADD CONSTRAINT fk_course_provider FOREIGN KEY (provider_id) REFERENCES provider_organisation (id);

UPDATE course c
    JOIN provider_organisation p ON p.name = TRIM(c.provider)
SET c.provider_id = p.id
WHERE c.provider IS NOT NULL;
