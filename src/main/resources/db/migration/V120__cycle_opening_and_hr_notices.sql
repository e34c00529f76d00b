-- A cycle created before its preparation opens waits as SCHEDULED until the daily job opens it (R14).
alter table cycle drop constraint cycle_status_check;
alter table cycle add constraint cycle_status_check check (status in ('SCHEDULED', 'PREPARING', 'RUNNING', 'CLOSED'));
-- The cycle's own preparation lead (R14: 1–2 weeks) and feedback window (R16: within 1 week), in working days;
-- null for cycles created before these were chosen per cycle: the configured defaults apply.
alter table cycle add column preparation_lead_days int;
alter table cycle add column feedback_days int;

-- Notices to HR (calibration, publication) belong to the cycle, not to one participant: participant_id may be
-- null. A unique index over the participant (null as 0) keeps "each notice once".
alter table cycle_notice drop constraint cycle_notice_pkey;
alter table cycle_notice alter column participant_id drop not null;
create unique index cycle_notice_once_uk on cycle_notice
    (cycle_id, phase, kind, coalesce(participant_id, 0), recipient_employee_id);
