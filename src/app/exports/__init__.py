"""Getting data out and in: bulk exports (CSV, JSON, ICS, Wallos), imports, and the full archive."""
