-- Departments and teams form one tree: company -> department -> team.
create table org_unit (
    id         bigserial primary key,
    code       varchar(32)  not null unique,
    name       varchar(100) not null,
    kind       varchar(16)  not null check (kind in ('COMPANY', 'DEPARTMENT', 'TEAM')),
    parent_id  bigint references org_unit (id),
    active     boolean      not null default true,
    sort_order int          not null default 0,
    version    bigint       not null default 0
);
create index org_unit_parent_ix on org_unit (parent_id);

-- Regions: macro-region (华东…) -> cluster (长三角…) -> city; tags such as 一线城市 on cities.
create table region (
    id        bigserial primary key,
    code      varchar(32)  not null unique,
    name      varchar(100) not null,
    level     varchar(16)  not null check (level in ('MACRO', 'CLUSTER', 'CITY')),
    parent_id bigint references region (id),
    tags      varchar(200),
    active    boolean      not null default true,
    version   bigint       not null default 0
);
create index region_parent_ix on region (parent_id);

create table job_position (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name        varchar(100) not null,
    family      varchar(32)  not null,
    description varchar(500),
    active      boolean      not null default true,
    version     bigint       not null default 0
);

create table employee (
    id           bigserial primary key,
    employee_no  varchar(32)  not null unique,
    name         varchar(64)  not null,
    org_unit_id  bigint       not null references org_unit (id),
    position_id  bigint       not null references job_position (id),
    manager_id   bigint references employee (id),
    region_id    bigint references region (id),
    hire_date    date         not null,
    probation    boolean      not null default false,
    career_track varchar(16)  check (career_track in ('MANAGEMENT', 'EXPERT')),
    status       varchar(16)  not null default 'ACTIVE' check (status in ('ACTIVE', 'LEFT')),
    leave_date   date,
    email        varchar(120),
    phone        varchar(32),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    check (manager_id is null or manager_id <> id),
    check (status = 'ACTIVE' or leave_date is not null)
);
create index employee_manager_ix on employee (manager_id);
create index employee_unit_ix on employee (org_unit_id);
create index employee_region_ix on employee (region_id);
create index employee_position_ix on employee (position_id);
create index employee_name_ix on employee (name);
