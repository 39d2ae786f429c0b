"""One database for keys and the audit trail: SQLite by default, PostgreSQL by URL."""
