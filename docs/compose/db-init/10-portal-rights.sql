-- The portal's account owns its schema and sets up each plugin's schema (plg_<id>) and account, limited to
-- that schema (docs/plugins.md). The MariaDB image has created the account and the schema already.
GRANT ALL PRIVILEGES ON `plg\_%`.* TO 'portal'@'%' WITH GRANT OPTION;
GRANT CREATE USER ON *.* TO 'portal'@'%';
