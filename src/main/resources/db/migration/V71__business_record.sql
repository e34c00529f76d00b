-- Business records (issue 5): orders, collections, leads, surveys, complaints, training, knowledge-base
-- contributions and cross-department requests, imported in batches (intake_batch.record_type names the kind).
-- One wide table with typed, nullable columns: each kind uses the columns its template names, and aggregation
-- definitions read them by name. Rows of a batch that is not COMMITTED are never read by aggregation; a batch
-- that failed or was cancelled has its rows deleted.
alter table intake_batch add column record_type varchar(20)
    check (record_type in ('ORDER', 'COLLECTION', 'LEAD', 'SURVEY', 'COMPLAINT', 'TRAINING', 'KNOWLEDGE', 'REQUEST'));
alter table intake_batch add column commit_mode varchar(14) not null default 'ALL_OR_NOTHING'
    check (commit_mode in ('ALL_OR_NOTHING', 'VALID_ROWS'));
alter table intake_batch add column skipped_count int not null default 0;

create table business_record (
    id                bigserial primary key,
    batch_id          uuid          not null references intake_batch (id),
    row_number        int           not null,
    record_type       varchar(20)   not null,
    employee_id       bigint        not null references employee (id),
    employee_no       varchar(40)   not null,
    -- the day the record counts for (order date, collection date, lead created, survey date, complaint received,
    -- training date, contribution date, request date); its month is the record's period
    occurred_on       date          not null,
    reference         varchar(100),          -- order/contract number, lead id, ticket number …
    customer          varchar(200),
    customer_tier     varchar(20),
    product_line      varchar(60),
    channel           varchar(60),
    region_code       varchar(40),
    new_customer      boolean,
    lead_source       varchar(60),
    category          varchar(100),          -- complaint category, certificate, contribution kind, requesting dept
    severity          varchar(20),
    amount            numeric(19, 4),        -- order amount, collected amount, training hours, contributions
    amount_due        numeric(19, 4),        -- collections: amount due in the period
    nps               smallint check (nps between 0 and 10),
    csat              smallint check (csat between 1 and 5),
    ces               numeric(5, 2),
    passed            boolean,               -- training / certification passed
    started_at        timestamptz,           -- lead created, complaint received, request sent
    first_response_at timestamptz,           -- complaint first response, request responded
    ended_at          timestamptz,           -- lead converted, complaint resolved, request closed
    unique (batch_id, row_number)
);
create index business_record_type_month_ix on business_record (record_type, occurred_on);
create index business_record_employee_ix on business_record (employee_id, record_type, occurred_on);
create index business_record_batch_ix on business_record (batch_id);
