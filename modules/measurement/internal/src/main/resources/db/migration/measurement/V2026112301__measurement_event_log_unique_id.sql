-- The event log de-duplicates by itself (ADR 0013): one row per event id, so the intake writes an
-- event and learns whether it is new in one statement instead of claiming it in kernel_inbox first.
-- The (event_type, occurred_at) index had no reader; every index costs each of the intake's inserts.
DROP INDEX measurement_event_log_event;
DROP INDEX measurement_event_log_type_time;
CREATE UNIQUE INDEX measurement_event_log_event ON measurement_event_log (event_id);
