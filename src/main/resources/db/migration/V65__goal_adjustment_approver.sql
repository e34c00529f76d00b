-- An adjustment request names its approver: the requester's manager, or HR (no approver employee) when there is none.
alter table goal_adjustment
    add column requester_employee_id bigint,
    add column approver_employee_id  bigint,
    add column approver_name         varchar(64);
create index goal_adjustment_approver_ix on goal_adjustment (approver_employee_id, status);
