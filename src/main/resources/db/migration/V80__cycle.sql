-- Assessment cycles (考核周期), their phases with deadlines, and the participants they assess.
create table cycle (
    id                  bigserial primary key,
    name                varchar(100) not null,
    cycle_type          varchar(16)  not null check (cycle_type in ('MONTHLY', 'QUARTERLY', 'HALF_YEAR', 'ANNUAL', 'PROJECT', 'PROBATION')),
    period_start        date         not null,
    period_end          date         not null,
    period_label        varchar(40)  not null,
    status              varchar(12)  not null check (status in ('PREPARING', 'RUNNING', 'CLOSED')),
    phase               varchar(24)  not null,
    scheme_code         varchar(40)  not null,
    scheme_version      int          not null,
    -- population criteria the participants were computed from
    pop_org_unit_ids    bigint[]     not null default '{}',
    pop_include_subunits boolean     not null default true,
    pop_position_ids    bigint[]     not null default '{}',
    pop_region_ids      bigint[]     not null default '{}',
    pop_hired_before    date,
    pop_min_tenure_months int,
    pop_probation_only  boolean      not null default false,
    -- a monthly cycle's quarterly cycle, into which its basic results post (R12)
    quarterly_cycle_id  bigint references cycle (id),
    created_by          varchar(100) not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0,
    check (period_end >= period_start)
);
create index cycle_type_status_ix on cycle (cycle_type, status);
create index cycle_quarterly_ix on cycle (quarterly_cycle_id);

create table cycle_phase (
    cycle_id    bigint      not null references cycle (id),
    phase       varchar(24) not null,
    opens       date,
    deadline    date        not null,
    overridden  boolean     not null default false,
    entered_at  timestamptz,
    primary key (cycle_id, phase)
);

create table cycle_participant (
    id                   bigserial primary key,
    cycle_id             bigint      not null references cycle (id),
    employee_id          bigint      not null references employee (id),
    -- the manager of the reporting line when the cycle was created
    manager_employee_id  bigint references employee (id),
    reviewer_employee_id bigint references employee (id),
    scheme_code          varchar(40) not null,
    scheme_version       int         not null,
    created_at           timestamptz not null,
    version              bigint      not null default 0,
    unique (cycle_id, employee_id),
    check (reviewer_employee_id is null or reviewer_employee_id <> employee_id)
);
create index cycle_participant_reviewer_ix on cycle_participant (reviewer_employee_id);
create index cycle_participant_employee_ix on cycle_participant (employee_id);

-- Reminders and escalations already sent: one row per cycle, phase, kind, participant and recipient, so a job
-- that runs twice (or on two nodes) sends each notice once.
create table cycle_notice (
    cycle_id              bigint      not null references cycle (id),
    phase                 varchar(24) not null,
    kind                  varchar(12) not null check (kind in ('REMINDER', 'ESCALATION')),
    participant_id        bigint      not null references cycle_participant (id),
    recipient_employee_id bigint      not null references employee (id),
    sent_at               timestamptz not null,
    primary key (cycle_id, phase, kind, participant_id, recipient_employee_id)
);

-- The working-day calendar: public holidays and make-up workdays (调休) per year; other days follow the week.
create table work_calendar_day (
    day  date        primary key,
    kind varchar(8)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name varchar(60)
);

create table work_calendar_year (
    year        int          primary key,
    source      varchar(200) not null,
    imported_by varchar(100) not null,
    imported_at timestamptz  not null,
    day_count   int          not null
);
