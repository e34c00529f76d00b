-- Results of the scoring engine per participant, versioned: a calculation, a recalculation and a calibration each add
-- a version with its reason; earlier versions stay readable. The derivation holds every item's actual (with the id of
-- the indicator_actual row behind it), target, achievement, rule, score and weight, the dimensions, composite, grade
-- and rank band, in both languages.
create table review_result (
    id              bigserial primary key,
    participant_id  bigint        not null references cycle_participant (id),
    cycle_id        bigint        not null references cycle (id),
    employee_id     bigint        not null references employee (id),
    version_no      int           not null,
    reason_kind     varchar(16)   not null check (reason_kind in ('CALCULATION', 'RECALCULATION', 'CALIBRATION')),
    reason          varchar(500),
    scheme_code     varchar(40)   not null,
    scheme_version  int           not null,
    composite       numeric(9, 4),
    final_score     numeric(9, 4) not null,
    grade_code      varchar(20)   not null,
    grade_zh        varchar(40)   not null,
    grade_en        varchar(40)   not null,
    rank_band       varchar(60),
    quota_grade     varchar(20),
    -- a calibration's adjustment, carried into later recalculations
    override_grade  varchar(20),
    override_score  numeric(9, 4),
    fingerprint     varchar(64)   not null,
    derivation      text          not null,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null,
    unique (participant_id, version_no)
);
create index review_result_cycle_ix on review_result (cycle_id, participant_id, version_no desc);

-- Participants whose inputs changed after their result was computed (e.g. corrected actuals).
create table review_stale (
    participant_id  bigint        primary key references cycle_participant (id),
    cycle_id        bigint        not null references cycle (id),
    since           timestamptz   not null,
    reason          varchar(500)  not null
);

-- Calibration of a cycle's results: locked (no more changes), then published to the participants.
create table review_calibration (
    cycle_id      bigint        primary key references cycle (id),
    locked_at     timestamptz,
    locked_by     varchar(100),
    published_at  timestamptz,
    published_by  varchar(100),
    version       bigint        not null default 0
);
