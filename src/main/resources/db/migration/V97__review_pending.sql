-- Participants whose result is to be (re)computed. A submission (or a corrected actual) marks its participant in its
-- own transaction, so the mark commits with it; the background calculation takes the marks of one cycle at a time
-- (under the cycle's advisory lock, on whichever app node gets it first), a quiet moment after the last one, and
-- computes only the participants marked unless the population's ranks need all of them.
create table review_pending (
    participant_id  bigint       primary key references cycle_participant (id),
    cycle_id        bigint       not null references cycle (id),
    reason          varchar(60)  not null,
    requested_at    timestamptz  not null
);
create index review_pending_cycle_ix on review_pending (cycle_id, requested_at);
