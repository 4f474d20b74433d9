"""The renewal calendar: a month view in the app and a secret ICS feed for calendar apps."""
