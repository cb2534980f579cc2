-- Journal files of read audit rows already moved into audit_log (docs/adr/0023). The name is
-- recorded in the transaction that inserts the file's rows, so a crash between that commit and
-- the file's removal cannot import it twice. Names older than a day are pruned.
CREATE TABLE audit_journal_imports (
  name TEXT PRIMARY KEY,
  imported_at TEXT NOT NULL
);
