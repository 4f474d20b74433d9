"""Running Subscout in production: structured logs, error handling, health, readiness and metrics."""
