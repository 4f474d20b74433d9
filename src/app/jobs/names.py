"""Queue names, as the original design and the product contract spell them."""

EMAIL_SCAN = "email-scan"
RENEWAL_CHECK = "renewal-check"
TRANSACTION_SYNC = "transaction-sync"
NOTIFICATIONS = "notifications"
DATA_EXPORT = "data-export"
DATA_IMPORT = "data-import"

QUEUE_NAMES = (EMAIL_SCAN, RENEWAL_CHECK, TRANSACTION_SYNC, NOTIFICATIONS, DATA_EXPORT, DATA_IMPORT)
SCAN_QUEUES = (EMAIL_SCAN, TRANSACTION_SYNC)
