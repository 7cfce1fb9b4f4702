-- Online payment with Stripe (dev.portico.payment): the Checkout Sessions Portico created for an
-- invoice, and the webhook events it handled (each event id once).

-- One row per Checkout Session. attempt counts the sessions of an invoice: the Stripe idempotency
-- key is made of the invoice id and the attempt, so a retried request never creates a second
-- session. status follows the session: OPEN until the client pays or it expires; PROCESSING while
-- a delayed payment (e.g. a bank debit) is under way; PAID, FAILED or EXPIRED at the end.
create table invoice_checkout (
    id                uuid primary key,
    workspace_id      uuid        not null references workspace (id),
    invoice_id        uuid        not null,
    attempt           int         not null check (attempt >= 1),
    ui_mode           text        not null check (ui_mode in ('EMBEDDED', 'HOSTED')),
    stripe_session_id text        not null unique check (length(stripe_session_id) <= 255),
    amount_minor      bigint      not null check (amount_minor > 0),
    currency          text        not null check (currency ~ '^[A-Z]{3}$'),
    status            text        not null check (status in ('OPEN', 'PROCESSING', 'PAID', 'FAILED', 'EXPIRED')),
    created_by        uuid        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (invoice_id, attempt),
    foreign key (workspace_id, invoice_id) references invoice (workspace_id, id)
);
create index invoice_checkout_invoice_idx on invoice_checkout (workspace_id, invoice_id, attempt desc);

-- Webhook events Portico received with a valid signature: inserted in the transaction of the
-- change the event causes, so an event delivered again (Stripe retries, replays) changes nothing.
-- Installation-wide (one Stripe account), so it carries no workspace.
create table stripe_event (
    event_id    text primary key check (length(event_id) <= 255),
    type        text        not null,
    received_at timestamptz not null,
    outcome     text        not null
);
