-- How the workspace writes and reads dates on pages, in date pickers and in mails (decision 019).
alter table workspace add column date_style varchar(10) not null default 'en-GB';
