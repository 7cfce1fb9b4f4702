-- Tunable durations and included revision rounds of deliverable-review, per workspace.
alter table workspace add column review_reminder_interval text not null default 'P2D';
alter table workspace add column review_window text not null default 'P7D';
alter table workspace add column included_revision_rounds int not null default 2 check (included_revision_rounds >= 0);
