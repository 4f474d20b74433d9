"""Notifications: reminders and alerts delivered by email, Apprise and signed webhooks, through the
``notifications`` queue, each event at most once per channel, with a delivery log."""
