-- Company status (Lead / Client / Former client) and the client notification digest (decision 017).

-- Only contacts of a CLIENT company may be invited or sign in. Existing companies are clients.
alter table client add column status text not null default 'CLIENT'
    check (status in ('LEAD', 'CLIENT', 'FORMER'));

-- Owners switch the digest mails to clients off per workspace; on by default.
alter table workspace add column client_notifications_enabled boolean not null default true;

-- What a client company's contacts will read in their next digest: a client-visible task done or a
-- milestone reached. The text is written when it happens (a later rename does not change the news).
-- The digest job claims pending rows with FOR UPDATE SKIP LOCKED, queues one mail per contact in
-- the mail outbox and sets sent_at, all in one transaction.
create table client_notification (
    id           uuid primary key,
    workspace_id uuid        not null references workspace (id),
    client_id    uuid        not null,
    project_id   uuid        not null,
    kind         text        not null check (kind in ('TASK_DONE', 'MILESTONE_REACHED')),
    subject_id   uuid        not null,
    text         text        not null check (length(trim(text)) > 0),
    occurred_at  timestamptz not null,
    sent_at      timestamptz,
    foreign key (workspace_id, client_id) references client (workspace_id, id),
    foreign key (workspace_id, project_id) references project (workspace_id, id) on delete cascade
);
create index client_notification_pending_idx on client_notification (workspace_id, client_id, occurred_at)
    where sent_at is null;
-- Done, reopened and done again before the digest went out is one piece of news, not two.
create unique index client_notification_pending_subject_uq on client_notification (kind, subject_id)
    where sent_at is null;
