-- Aggregation (issue 5): definitions that turn committed business records into indicator actuals per employee,
-- team (org unit) or region per month or quarter; the runs that compute them; and the lineage of every
-- aggregated actual (definition, run, explanation, the record batches behind it).
create table aggregation_definition (
    id             bigserial primary key,
    indicator_code varchar(40)   not null,
    record_type    varchar(20)   not null check (record_type in ('ORDER', 'COLLECTION', 'LEAD', 'SURVEY', 'COMPLAINT', 'TRAINING', 'KNOWLEDGE', 'REQUEST')),
    measure        varchar(16)   not null check (measure in ('SUM', 'COUNT', 'DISTINCT_COUNT', 'AVERAGE', 'RATIO', 'SHARE', 'NET_PROMOTER', 'TIME_BETWEEN', 'GROWTH')),
    field          varchar(30),
    second_field   varchar(30),
    -- which records count (Filter syntax: customer_tier=A; severity=HIGH|CRITICAL; ended_at!=)
    filter         varchar(500),
    -- SHARE: which of the counted records make the part
    part_filter    varchar(500),
    time_unit      varchar(14)   check (time_unit in ('WORKING_HOURS', 'HOURS', 'DAYS')),
    grouping       varchar(10)   not null check (grouping in ('EMPLOYEE', 'ORG_UNIT', 'REGION')),
    period_kind    varchar(8)    not null check (period_kind in ('MONTH', 'QUARTER')),
    -- the result is multiplied by this (100 for indicators in percent)
    factor         numeric(12, 4) not null default 1,
    description    varchar(300),
    built_in       boolean       not null default false,
    enabled        boolean       not null default true,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    version        bigint        not null default 0
);
-- two enabled definitions writing the same indicator for the same kind of subject and period would overwrite each other
create unique index aggregation_definition_target_ux on aggregation_definition (indicator_code, grouping, period_kind) where enabled;
create index aggregation_definition_type_ix on aggregation_definition (record_type) where enabled;

create table aggregation_run (
    id             uuid primary key,
    trigger        varchar(8)    not null check (trigger in ('RECORDS', 'MANUAL')),
    batch_id       uuid references intake_batch (id),
    record_type    varchar(20),
    first_month    varchar(7)    not null,
    last_month     varchar(7)    not null,
    started_by     varchar(100)  not null,
    started_at     timestamptz   not null,
    finished_at    timestamptz,
    status         varchar(8)    not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    definitions    int           not null default 0,
    created_count  int           not null default 0,
    replaced_count int           not null default 0,
    unchanged_count int          not null default 0,
    retired_count  int           not null default 0,
    no_value_count int           not null default 0,
    message        varchar(1000)
);
create index aggregation_run_started_ix on aggregation_run (started_at desc);

-- Aggregated actuals carry no import batch or row: they link to the run that wrote them instead, and may belong to
-- a team or a region rather than an employee.
alter table indicator_actual alter column batch_id drop not null;
alter table indicator_actual alter column row_number drop not null;
alter table indicator_actual alter column employee_id drop not null;
alter table indicator_actual alter column employee_no drop not null;
alter table indicator_actual add column org_unit_id bigint references org_unit (id);
alter table indicator_actual add column region_id bigint references region (id);
alter table indicator_actual add column aggregation_run_id uuid references aggregation_run (id);
alter table indicator_actual add constraint indicator_actual_source_ck
    check ((batch_id is not null and row_number is not null) or aggregation_run_id is not null);
alter table indicator_actual add constraint indicator_actual_subject_ck
    check (num_nonnulls(employee_id, org_unit_id, region_id) = 1 and (employee_id is null or employee_no is not null));
create unique index indicator_actual_unit_current_ux on indicator_actual (org_unit_id, indicator_code, period) where current and org_unit_id is not null;
create unique index indicator_actual_region_current_ux on indicator_actual (region_id, indicator_code, period) where current and region_id is not null;
create index indicator_actual_run_ix on indicator_actual (aggregation_run_id) where aggregation_run_id is not null;

create table aggregated_actual (
    actual_id        bigint primary key references indicator_actual (id),
    definition_id    bigint        not null references aggregation_definition (id),
    run_id           uuid          not null references aggregation_run (id),
    grouping         varchar(10)   not null,
    group_id         bigint        not null,
    period           varchar(7)    not null,
    record_count     int           not null,
    explanation_key  varchar(80)   not null,
    explanation_args varchar(100)[] not null,
    explanation_en   varchar(500)  not null,
    -- the committed record batches whose rows made the value; the rows are those of these batches that the
    -- definition's filter, subject and period select
    batch_ids        uuid[]        not null
);
create index aggregated_actual_definition_ix on aggregated_actual (definition_id, period);

-- Built-in definitions for the library's indicators that business records can feed (SPEC §5). Percent indicators
-- carry factor 100. Each is seeded per employee per month and per quarter; sales also per team and region.
insert into aggregation_definition (indicator_code, record_type, measure, field, second_field, filter, part_filter,
                                    time_unit, grouping, period_kind, factor, description, built_in)
select d.code, d.type, d.measure, d.field, d.second, d.filter, d.part, d.unit, g.grouping, k.kind, d.factor, d.description, true
from (values
    ('SALES_AMOUNT', 'ORDER', 'SUM', 'amount', null, null, null, null, 1, 'Order amounts added up'),
    ('SALES_GROWTH', 'ORDER', 'GROWTH', 'amount', null, null, null, null, 1, 'Order amounts against the previous period, in %'),
    ('AVG_ORDER_VALUE', 'ORDER', 'AVERAGE', 'amount', null, null, null, null, 1, 'Order amount ÷ orders'),
    ('NEW_CUSTOMERS', 'ORDER', 'DISTINCT_COUNT', 'customer', null, 'new_customer=true', null, null, 1, 'Distinct customers on orders marked new-customer'),
    ('COLLECTED_AMOUNT', 'COLLECTION', 'SUM', 'amount', null, null, null, null, 1, 'Collected amounts added up'),
    ('COLLECTION_RATE', 'COLLECTION', 'RATIO', 'amount', 'amount_due', null, null, null, 100, 'Collected ÷ due, in %'),
    ('LEAD_COUNT', 'LEAD', 'COUNT', null, null, null, null, null, 1, 'Leads created'),
    ('LEAD_CONVERSION_RATE', 'LEAD', 'SHARE', 'records', null, null, 'ended_at!=', null, 100, 'Leads converted ÷ leads, in %'),
    ('SIGNING_CYCLE', 'LEAD', 'TIME_BETWEEN', 'started_at', 'ended_at', 'ended_at!=', null, 'DAYS', 1, 'Days from lead created to converted'),
    ('NPS', 'SURVEY', 'NET_PROMOTER', 'nps', null, null, null, null, 1, '% promoters − % detractors'),
    ('CSAT', 'SURVEY', 'AVERAGE', 'csat', null, null, null, null, 1, 'Average 1–5 rating'),
    ('FIRST_RESPONSE_TIME', 'COMPLAINT', 'TIME_BETWEEN', 'started_at', 'first_response_at', null, null, 'WORKING_HOURS', 1, 'Working hours from received to first response'),
    ('AVG_HANDLING_TIME', 'COMPLAINT', 'TIME_BETWEEN', 'started_at', 'ended_at', null, null, 'DAYS', 1, 'Days from received to resolved'),
    ('TRAINING_HOURS', 'TRAINING', 'SUM', 'amount', null, null, null, null, 1, 'Training hours added up'),
    ('TRAINING_COMPLETION_RATE', 'TRAINING', 'SHARE', 'records', null, null, 'passed=true', null, 100, 'Trainings passed ÷ trainings, in %'),
    ('CERTIFICATIONS', 'TRAINING', 'COUNT', null, null, 'passed=true; category!=', null, null, 1, 'Certificates passed'),
    ('CROSS_DEPT_RESPONSE', 'REQUEST', 'TIME_BETWEEN', 'started_at', 'first_response_at', null, null, 'WORKING_HOURS', 1, 'Working hours from request to response'),
    ('REQUEST_CLOSURE_RATE', 'REQUEST', 'SHARE', 'records', null, null, 'ended_at!=', null, 100, 'Requests closed ÷ requests, in %')
) as d(code, type, measure, field, second, filter, part, unit, factor, description)
cross join (values ('MONTH'), ('QUARTER')) as k(kind)
cross join (values ('EMPLOYEE'), ('ORG_UNIT'), ('REGION')) as g(grouping)
where exists (select 1 from indicator i where i.code = d.code)
  and (g.grouping = 'EMPLOYEE' or (d.code = 'SALES_AMOUNT' and k.kind = 'QUARTER'));
