-- 360 feedback (peers, customers) and the cross-department collaboration form (协作评价表, T4).
-- A nomination names one rater of one participant; HR approves it (cross-department raters are assigned by HR and
-- approved at once). Who rated is kept here for HR's administration only: what the assessee and the manager see is
-- aggregated and carries no names.
create table peer_nomination (
    id                   bigserial primary key,
    cycle_id             bigint       not null references cycle (id),
    participant_id       bigint       not null references cycle_participant (id),
    rater_kind           varchar(20)  not null check (rater_kind in ('PEER', 'CUSTOMER', 'CROSS_DEPARTMENT')),
    reviewer_employee_id bigint references employee (id),
    -- customers answer through a one-time link without an account
    external_name        varchar(100),
    external_email       varchar(200),
    external_company     varchar(100),
    -- SHA-256 of the link's token (the token itself is shown once and never stored)
    token_hash           varchar(64)  unique,
    token_expires_at     timestamptz,
    -- the collaborating department the cross-department rater speaks for
    rater_org_unit_id    bigint references org_unit (id),
    status               varchar(12)  not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    nominated_by         varchar(100) not null,
    nominated_at         timestamptz  not null,
    decided_by           varchar(100),
    decided_at           timestamptz,
    decision_note        varchar(500),
    version              bigint       not null default 0,
    check ((rater_kind = 'CUSTOMER') = (reviewer_employee_id is null)),
    check (rater_kind <> 'CUSTOMER' or (external_name is not null and external_email is not null))
);
create index peer_nomination_participant_ix on peer_nomination (participant_id);
create index peer_nomination_reviewer_ix on peer_nomination (reviewer_employee_id);
create index peer_nomination_cycle_status_ix on peer_nomination (cycle_id, status);
-- one live nomination per person and rater kind for a participant
create unique index peer_nomination_live_ux on peer_nomination (participant_id, rater_kind, reviewer_employee_id)
    where status <> 'REJECTED' and reviewer_employee_id is not null;
create unique index peer_nomination_live_email_ux on peer_nomination (participant_id, lower(external_email))
    where status <> 'REJECTED' and external_email is not null;

-- The answer of one approved nomination: a 360 form (ratings per item, the concrete case and a comment) or a
-- collaboration form (response speed, cooperation, comment).
create table peer_form (
    nomination_id  bigint       primary key references peer_nomination (id),
    status         varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED')),
    case_text      text,
    comment        text,
    response_speed numeric(7, 2),
    cooperation    numeric(7, 2),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    submitted_at   timestamptz,
    version        bigint       not null default 0
);

create table peer_rating (
    nomination_id bigint        not null references peer_form (nomination_id),
    item_code     varchar(40)   not null,
    rating        numeric(7, 2) not null,
    primary key (nomination_id, item_code)
);
