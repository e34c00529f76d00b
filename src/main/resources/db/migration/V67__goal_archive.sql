-- Goals are archived, not deleted: an archived goal leaves lists, weight sums and the alignment view but stays on record.
alter table goal drop constraint goal_status_check;
alter table goal add constraint goal_status_check check (status in ('DRAFT', 'CONFIRMED', 'ARCHIVED'));
