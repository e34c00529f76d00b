-- 营销目标行动计划表: steps, owner, time node, resources, risks with countermeasures.
create table goal_action (
    id                bigserial primary key,
    goal_id           bigint        not null references goal (id),
    step              varchar(500)  not null,
    owner_name        varchar(64)   not null,
    due_date          date,
    budget            numeric(19, 4),
    tools             varchar(200),
    people            varchar(200),
    risk              varchar(500),
    countermeasure    varchar(500),
    status            varchar(16)   not null default 'NOT_STARTED' check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    version           bigint        not null default 0
);
create index goal_action_goal_ix on goal_action (goal_id);

-- Weekly check-ins and monthly reviews; a monthly shortfall carries its cause.
create table goal_check_in (
    id              bigserial primary key,
    goal_id         bigint         not null references goal (id),
    kind            varchar(8)     not null check (kind in ('WEEKLY', 'MONTHLY')),
    period_date     date           not null,
    value           numeric(19, 4) not null,
    planned_value   numeric(19, 4),
    key_result_id   bigint references goal_key_result (id) on delete set null,
    note            varchar(2000),
    shortfall_cause varchar(16) check (shortfall_cause in ('MARKET', 'CAPABILITY', 'STRATEGY', 'EXECUTION')),
    created_by      varchar(64)    not null,
    created_at      timestamptz    not null
);
create index goal_check_in_goal_ix on goal_check_in (goal_id, period_date);
