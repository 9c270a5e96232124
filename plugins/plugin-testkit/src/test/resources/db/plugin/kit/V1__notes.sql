CREATE TABLE ${prefix}note (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT NOT NULL,
    text VARCHAR(200) NOT NULL
);
