-- Goals: company strategic goals -> department/team goals -> individual goals, each linked to its parent.
create table goal (
    id                  bigserial primary key,
    level               varchar(16)   not null check (level in ('COMPANY', 'UNIT', 'PERSONAL')),
    parent_id           bigint references goal (id),
    year                int           not null check (year between 2000 and 2100),
    quarter             int check (quarter between 1 and 4),
    source              varchar(24) check (source in ('STRATEGY_MEETING', 'ANNUAL_PLAN', 'OTHER')),
    org_unit_id         bigint,
    partner_org_unit_id bigint,
    owner_employee_id   bigint,
    owner_name          varchar(64),
    title               varchar(200)  not null,
    description         varchar(2000),
    goal_type           varchar(8)    not null check (goal_type in ('KPI', 'OKR')),
    category            varchar(8)    not null check (category in ('OUTCOME', 'PROCESS')),
    core                boolean       not null default false,
    priority            int,
    target_value        numeric(19, 4),
    challenge_value     numeric(19, 4),
    unit                varchar(32),
    direction           varchar(8)    not null default 'HIGHER' check (direction in ('HIGHER', 'LOWER')),
    weight              numeric(7, 2) not null default 0 check (weight >= 0 and weight <= 100),
    data_source         varchar(200),
    due_date            date,
    indicator_code      varchar(64),
    status              varchar(16)   not null default 'DRAFT' check (status in ('DRAFT', 'CONFIRMED')),
    revision            int           not null default 1,
    actual_value        numeric(19, 4),
    smart_passed        boolean       not null default false,
    smart_issues        varchar(400),
    created_by          varchar(64)   not null,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    check (level <> 'PERSONAL' or owner_employee_id is not null),
    check (level <> 'UNIT' or org_unit_id is not null),
    check (parent_id is null or parent_id <> id)
);
create index goal_parent_ix on goal (parent_id);
create index goal_period_ix on goal (year, quarter);
create index goal_owner_ix on goal (owner_employee_id, year, quarter);
create index goal_unit_ix on goal (org_unit_id, year, quarter);

-- OKR: the key results of an objective, each with its own progress and weight.
create table goal_key_result (
    id           bigserial primary key,
    goal_id      bigint        not null references goal (id) on delete cascade,
    sort_order   int           not null default 0,
    title        varchar(200)  not null,
    target_value numeric(19, 4),
    unit         varchar(32),
    progress     numeric(7, 2) not null default 0 check (progress >= 0 and progress <= 100),
    weight       numeric(7, 2) not null default 0 check (weight >= 0 and weight <= 100)
);
create index goal_key_result_goal_ix on goal_key_result (goal_id);

-- The values a goal had before each approved adjustment: revision n is what applied until n+1.
create table goal_revision (
    id              bigserial primary key,
    goal_id         bigint         not null references goal (id),
    revision        int            not null,
    title           varchar(200)   not null,
    target_value    numeric(19, 4),
    challenge_value numeric(19, 4),
    due_date        date,
    weight          numeric(7, 2)  not null,
    adjustment_id   bigint,
    valid_until     timestamptz    not null,
    unique (goal_id, revision)
);
