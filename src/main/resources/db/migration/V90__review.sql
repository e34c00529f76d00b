-- Assessment forms (营销团队绩效考核表, T1): the assessee's self-assessment and the reviewer's manager assessment of
-- one cycle participant, each with a score and a note (evidence or comment) per scheme item.
create table review_form (
    id              bigserial primary key,
    participant_id  bigint       not null references cycle_participant (id),
    cycle_id        bigint       not null references cycle (id),
    employee_id     bigint       not null references employee (id),
    kind            varchar(8)   not null check (kind in ('SELF', 'MANAGER')),
    status          varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED')),
    -- set when HR reopened a submitted form: it may be edited outside its phase until calibration is locked
    reopened        boolean      not null default false,
    strengths       varchar(2000),
    gaps            varchar(2000),
    -- 考核人签字: the name the reviewer confirmed with, and when
    signature_name  varchar(100),
    signed_at       timestamptz,
    submitted_at    timestamptz,
    submitted_by    varchar(100),
    updated_at      timestamptz  not null,
    updated_by      varchar(100) not null,
    version         bigint       not null default 0,
    unique (participant_id, kind)
);
create index review_form_cycle_ix on review_form (cycle_id, kind, status);

create table review_form_item (
    form_id    bigint        not null references review_form (id),
    item_code  varchar(60)   not null,
    score      numeric(9, 4),
    note       varchar(2000),
    primary key (form_id, item_code)
);

-- Evidence files of a form, kept in the database so every app node sees them.
create table review_attachment (
    id            bigserial primary key,
    form_id       bigint        not null references review_form (id),
    item_code     varchar(60),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    content       bytea         not null,
    uploaded_by   varchar(100)  not null,
    uploaded_at   timestamptz   not null
);
create index review_attachment_form_ix on review_attachment (form_id);
