-- 个人绩效目标确认书: the discussion and both confirmations of one person's goals for one period.
create table goal_confirmation (
    id                     bigserial primary key,
    employee_id            bigint       not null,
    year                   int          not null,
    quarter                int check (quarter between 1 and 4),
    what_note              varchar(2000),
    how_note               varchar(2000),
    support_note           varchar(2000),
    employee_confirmed_at  timestamptz,
    employee_confirmed_by  varchar(64),
    manager_confirmed_at   timestamptz,
    manager_confirmed_by   varchar(64),
    updated_at             timestamptz  not null default now(),
    version                bigint       not null default 0
);
create unique index goal_confirmation_period_ux on goal_confirmation (employee_id, year, coalesce(quarter, 0));
