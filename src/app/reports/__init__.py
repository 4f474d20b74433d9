"""Reports and analytics: what a person spent month by month, what is coming, a monthly report."""
