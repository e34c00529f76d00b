-- Goal templates per position, applied to a whole team at once.
create table goal_template (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name        varchar(100) not null,
    position_id bigint       not null,
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create table goal_template_item (
    id             bigserial primary key,
    template_id    bigint        not null references goal_template (id) on delete cascade,
    sort_order     int           not null default 0,
    title          varchar(200)  not null,
    category       varchar(8)    not null check (category in ('OUTCOME', 'PROCESS')),
    target_value   numeric(19, 4),
    unit           varchar(32),
    direction      varchar(8)    not null default 'HIGHER' check (direction in ('HIGHER', 'LOWER')),
    weight         numeric(7, 2) not null check (weight >= 0 and weight <= 100),
    data_source    varchar(200),
    indicator_code varchar(64)
);
create index goal_template_item_template_ix on goal_template_item (template_id);
