-- Quarterly review defence records (述职答辩, R102), kept as a library of reusable method.
create table review_defence (
    id               bigserial primary key,
    cycle_id         bigint       not null references cycle (id),
    participant_id   bigint       not null unique references cycle_participant (id),
    employee_id      bigint       not null references employee (id),
    -- the department when the record was started, so the library filters by where the lesson was learned
    org_unit_id      bigint       not null references org_unit (id),
    obstacle         varchar(24)  check (obstacle in ('MARKET_ENVIRONMENT', 'CAPABILITY_GAP', 'STRATEGY_ERROR')),
    missed_target    text,
    channel_mix      text,
    customer_tiering text,
    lessons          text,
    manager_comment  text,
    commented_by     varchar(100),
    commented_at     timestamptz,
    status           varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED')),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    submitted_at     timestamptz,
    version          bigint       not null default 0
);
create index review_defence_cycle_ix on review_defence (cycle_id);
create index review_defence_employee_ix on review_defence (employee_id);
create index review_defence_unit_ix on review_defence (org_unit_id);
create index review_defence_obstacle_ix on review_defence (obstacle);
