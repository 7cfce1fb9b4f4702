-- Client invitations (process client-invitation), portal access state, audit trail, mail outbox.

-- A contact may use the portal only once an invitation was accepted. Staff are always ACTIVE.
alter table account add column portal_status text not null default 'ACTIVE'
    check (portal_status in ('NOT_INVITED', 'INVITED', 'ACTIVE', 'EXPIRED', 'REVOKED'));

-- Tunable durations of the invitation process, per workspace (ISO 8601 durations).
alter table workspace add column invitation_reminder_interval text not null default 'P3D';
alter table workspace add column invitation_window text not null default 'P14D';

create table invitation (
    id                uuid primary key,
    workspace_id      uuid        not null,
    contact_id        uuid        not null,
    invited_by        uuid        not null,
    status            text        not null check (status in ('PENDING', 'ACCEPTED', 'EXPIRED', 'CANCELLED', 'ENDED')),
    access_expires_at timestamptz,
    invited_at        timestamptz not null,
    reminder_interval text        not null,
    invitation_window text        not null,
    expires_at        timestamptz not null,
    mail_sent_at      timestamptz,
    reminded_at       timestamptz,
    accepted_at       timestamptz,
    activated_at      timestamptz,
    closed_at         timestamptz,
    closed_by         uuid,
    version           bigint      not null default 0,
    unique (workspace_id, id),
    foreign key (workspace_id, contact_id) references account (workspace_id, id),
    foreign key (workspace_id, invited_by) references account (workspace_id, id)
);
-- At most one open invitation per contact: a second invite re-sends the first.
create unique index invitation_one_pending_uq on invitation (contact_id) where status = 'PENDING';

-- Invitation links are one-time tokens bound to their invitation.
alter table one_time_token add column invitation_id uuid references invitation (id) on delete cascade;

create table audit_event (
    id           uuid primary key,
    workspace_id uuid        not null references workspace (id),
    actor_id     uuid,
    action       text        not null,
    subject_id   uuid,
    detail       text        not null,
    created_at   timestamptz not null
);
create index audit_event_subject_idx on audit_event (workspace_id, subject_id, created_at desc);

-- Mails that must go out exactly once, written in the same transaction as the state change.
create table outbox_mail (
    id         uuid primary key,
    dedup_key  text        not null unique,
    recipient  text        not null,
    subject    text        not null,
    text_body  text,
    html_body  text,
    created_at timestamptz not null,
    sent_at    timestamptz,
    attempts   int         not null default 0,
    last_error text
);
create index outbox_mail_unsent_idx on outbox_mail (created_at) where sent_at is null;
