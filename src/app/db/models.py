"""Every model, imported in one place so Alembic and the app see the whole schema."""

from advanced_alchemy.base import orm_registry

from app.accounts.models import ApiToken, OAuthCredential, User
from app.detection.models import BankAccount, BankTransaction, MailSource, Scan
from app.subscriptions.models import Reminder, Subscription, SubscriptionEvidence

metadata = orm_registry.metadata

__all__ = [
    "ApiToken",
    "BankAccount",
    "BankTransaction",
    "MailSource",
    "OAuthCredential",
    "Reminder",
    "Scan",
    "Subscription",
    "SubscriptionEvidence",
    "User",
    "metadata",
]
