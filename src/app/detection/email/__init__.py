"""Subscription detection in a mailbox.

Entry points: ``scan.scan_mailbox`` (the ``email-scan`` job), ``sources`` (mbox/Maildir/.eml,
Gmail API, IMAP), ``cli.emails_command`` (``subscout detect emails``).
"""
