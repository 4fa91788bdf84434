"""Storage: the SQLite (or PostgreSQL) database behind the services. Knows the domain, never the GUI."""
