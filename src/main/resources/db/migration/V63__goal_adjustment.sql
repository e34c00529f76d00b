-- 目标调整申请表: a request to change a goal's target or time node, and its decision.
create table goal_adjustment (
    id                   bigserial primary key,
    goal_id              bigint        not null references goal (id),
    reason_category      varchar(24)   not null check (reason_category in ('POLICY_CHANGE', 'MAJOR_EMERGENCY', 'OTHER_FORCE_MAJEURE')),
    reason               varchar(2000) not null,
    original_target      numeric(19, 4),
    original_challenge   numeric(19, 4),
    original_due_date    date,
    requested_target     numeric(19, 4),
    requested_challenge  numeric(19, 4),
    requested_due_date   date,
    quarter_year         int           not null,
    quarter_of_year      int           not null,
    count_in_quarter     int           not null,
    status               varchar(16)   not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by         varchar(64)   not null,
    requested_at         timestamptz   not null,
    decided_by           varchar(64),
    decided_at           timestamptz,
    decision_note        varchar(2000),
    version              bigint        not null default 0
);
create index goal_adjustment_goal_ix on goal_adjustment (goal_id, quarter_year, quarter_of_year);
