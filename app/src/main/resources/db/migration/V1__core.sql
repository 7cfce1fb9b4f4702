-- Portico core schema. Every tenant-owned table carries workspace_id; composite foreign keys
-- (workspace_id, x_id) make a row from another workspace impossible to reference.

create table workspace (
    id              uuid primary key,
    name            text        not null check (length(trim(name)) > 0),
    slug            text        not null unique,
    plan            text        not null check (plan in ('STARTER', 'GROWTH', 'SCALE')),
    portal_enabled  boolean     not null default true,
    logo_url        text,
    accent_color    text check (accent_color ~ '^#[0-9a-fA-F]{6}$'),
    welcome_message text,
    support_email   text,
    created_at      timestamptz not null,
    version         bigint      not null default 0
);

create table client (
    id           uuid primary key,
    workspace_id uuid        not null references workspace (id),
    name         text        not null check (length(trim(name)) > 0),
    website      text,
    internal_notes text,
    created_at   timestamptz not null,
    version      bigint      not null default 0,
    unique (workspace_id, id)
);
create unique index client_name_uq on client (workspace_id, lower(name));

-- Staff members (OWNER, STAFF) and client contacts (CLIENT) are accounts; the email is the
-- sign-in identity, so it is unique across the installation.
create table account (
    id                uuid primary key,
    workspace_id      uuid        not null references workspace (id),
    client_id         uuid,
    email             text        not null check (email ~ '^[^@\s]+@[^@\s]+$'),
    name              text        not null check (length(trim(name)) > 0),
    role              text        not null check (role in ('OWNER', 'STAFF', 'CLIENT')),
    job_title         text,
    access_expires_at timestamptz,
    access_revoked_at timestamptz,
    created_at        timestamptz not null,
    version           bigint      not null default 0,
    unique (workspace_id, id),
    foreign key (workspace_id, client_id) references client (workspace_id, id),
    check ((role = 'CLIENT') = (client_id is not null))
);
create unique index account_email_uq on account (lower(email));

create table project (
    id           uuid primary key,
    workspace_id uuid        not null references workspace (id),
    client_id    uuid        not null,
    lead_id      uuid        not null,
    name         text        not null check (length(trim(name)) > 0),
    description  text,
    status       text        not null check (status in ('PLANNED', 'ACTIVE', 'COMPLETED')),
    start_date   date,
    end_date     date,
    budget       numeric(12, 2),
    created_at   timestamptz not null,
    version      bigint      not null default 0,
    unique (workspace_id, id),
    foreign key (workspace_id, client_id) references client (workspace_id, id),
    foreign key (workspace_id, lead_id) references account (workspace_id, id),
    check (end_date is null or start_date is null or end_date >= start_date)
);

create table milestone (
    id           uuid primary key,
    workspace_id uuid        not null,
    project_id   uuid        not null,
    title        text        not null check (length(trim(title)) > 0),
    due_date     date,
    done         boolean     not null default false,
    done_at      timestamptz,
    created_at   timestamptz not null,
    version      bigint      not null default 0,
    foreign key (workspace_id, project_id) references project (workspace_id, id) on delete cascade
);

create table task (
    id             uuid primary key,
    workspace_id   uuid        not null,
    project_id     uuid        not null,
    title          text        not null check (length(trim(title)) > 0),
    description    text,
    status         text        not null check (status in ('TODO', 'IN_PROGRESS', 'DONE')),
    assignee_id    uuid,
    due_date       date,
    client_visible boolean     not null default false,
    created_at     timestamptz not null,
    completed_at   timestamptz,
    version        bigint      not null default 0,
    unique (workspace_id, id),
    foreign key (workspace_id, project_id) references project (workspace_id, id) on delete cascade,
    foreign key (workspace_id, assignee_id) references account (workspace_id, id)
);

-- REPLY: visible to the client. NOTE: internal, never in a portal read model.
create table comment (
    id           uuid primary key,
    workspace_id uuid        not null,
    project_id   uuid        not null,
    author_id    uuid        not null,
    kind         text        not null check (kind in ('REPLY', 'NOTE')),
    body         text        not null check (length(trim(body)) > 0),
    created_at   timestamptz not null,
    foreign key (workspace_id, project_id) references project (workspace_id, id) on delete cascade,
    foreign key (workspace_id, author_id) references account (workspace_id, id)
);
create index comment_project_idx on comment (project_id, created_at);

-- Client feedback; each one becomes a task in the project lead's inbox (feedback-routing).
create table feedback (
    id           uuid primary key,
    workspace_id uuid        not null,
    project_id   uuid        not null,
    author_id    uuid        not null,
    body         text        not null check (length(trim(body)) > 0),
    task_id      uuid,
    created_at   timestamptz not null,
    foreign key (workspace_id, project_id) references project (workspace_id, id) on delete cascade,
    foreign key (workspace_id, author_id) references account (workspace_id, id),
    foreign key (workspace_id, task_id) references task (workspace_id, id)
);

-- Magic-link tokens: only a SHA-256 hash is stored; consuming deletes the row atomically.
create table one_time_token (
    token_hash text primary key,
    username   text        not null,
    expires_at timestamptz not null,
    created_at timestamptz not null
);
create index one_time_token_expiry_idx on one_time_token (expires_at);
