-- When the publishing module saw the state a calendar item keeps: notices are recorded after their
-- commit and not always in the order they were published, and an invitation older than the kept
-- state is passed over. Null for the items kept before (the next invitation is applied as it comes).
ALTER TABLE notify_calendar_item ADD COLUMN seen_at TIMESTAMP(6) NULL;
