-- Feedback as an inbox item with an answer time (SLA), threads of Replies and Notes on tasks,
-- feedback about no particular project ("general"), task priority, feedback attachments.
-- (V7 is the Stripe integration's.)

-- What an inbox item is, so the inbox can say it: work planned in a project, client feedback, a
-- revision a client asked for, an escalation, an unpaid invoice to chase.
alter table task add column kind text not null default 'WORK'
    check (kind in ('WORK', 'FEEDBACK', 'REVISION', 'ESCALATION', 'PAYMENT_CHASE'));
alter table task add column priority text not null default 'NORMAL'
    check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT'));
-- The client company an item is about (also for items in no project).
alter table task add column client_id uuid;
-- When the client should have an answer (feedback SLA); null for items without one.
alter table task add column respond_by timestamptz;
-- When the item was escalated to the workspace owner for missing respond_by.
alter table task add column escalated_at timestamptz;
create index task_inbox_idx on task (workspace_id, assignee_id, status);
create index task_client_idx on task (workspace_id, client_id);
update task t set client_id = p.client_id from project p where p.id = t.project_id;

-- Replies and Notes on a task (or a feedback item's task) as well as on a project.
alter table comment alter column project_id drop not null;
alter table comment add column task_id uuid;
alter table comment add constraint comment_task_fk
    foreign key (workspace_id, task_id) references task (workspace_id, id) on delete cascade;
alter table comment add constraint comment_has_subject
    check (project_id is not null or task_id is not null);
create index comment_task_idx on comment (task_id, created_at);

-- Feedback about no project goes to the workspace owner; it always names the client company.
alter table feedback alter column project_id drop not null;
alter table feedback add column client_id uuid;
update feedback f set client_id = p.client_id from project p where p.id = f.project_id;
alter table feedback alter column client_id set not null;
alter table feedback add constraint feedback_client_fk
    foreign key (workspace_id, client_id) references client (workspace_id, id);
-- The owner's escalation item, once the answer time passed; done when the feedback is handled.
alter table feedback add column escalation_task_id uuid;
alter table feedback add constraint feedback_escalation_fk
    foreign key (workspace_id, escalation_task_id) references task (workspace_id, id);
-- Steps of the flow that send mail, so a flow resumed after a restart continues where it was.
alter table feedback add column assignee_notified_at timestamptz;
alter table feedback add column client_notified_at timestamptz;
create index feedback_client_idx on feedback (workspace_id, client_id, created_at);

-- Files a client attaches to feedback (same store and rules as deliverable versions).
create table feedback_attachment (
    id           uuid primary key,
    workspace_id uuid        not null,
    feedback_id  uuid        not null references feedback (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    inline       boolean     not null,
    created_at   timestamptz not null
);
create index feedback_attachment_idx on feedback_attachment (workspace_id, feedback_id);

-- How long a client waits for an answer before the owner hears of it, in business days
-- (Monday to Friday in the workspace's time zone).
alter table workspace add column feedback_sla_business_days int not null default 1
    check (feedback_sla_business_days between 1 and 30);
