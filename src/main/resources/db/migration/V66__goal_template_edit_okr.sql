-- Templates can be edited and deactivated; their items may be OKR (with key results) and name their own parent goal.
alter table goal_template
    add column active     boolean     not null default true,
    add column updated_at timestamptz;
alter table goal_template_item
    add column goal_type      varchar(8) not null default 'KPI' check (goal_type in ('KPI', 'OKR')),
    add column parent_goal_id bigint references goal (id);

create table goal_template_key_result (
    id           bigserial primary key,
    item_id      bigint        not null references goal_template_item (id) on delete cascade,
    sort_order   int           not null default 0,
    title        varchar(200)  not null,
    target_value numeric(19, 4),
    unit         varchar(32),
    weight       numeric(7, 2) not null default 0 check (weight >= 0 and weight <= 100)
);
create index goal_template_key_result_item_ix on goal_template_key_result (item_id);
