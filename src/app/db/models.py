"""Every model, imported in one place so Alembic and the app see the whole schema."""

from advanced_alchemy.base import orm_registry

from app.accounts.models import ApiToken, OAuthCredential, User
from app.calendar.models import CalendarFeed
from app.currency.models import ExchangeRate, HomeCurrency
from app.notifications.models import (
    Delivery,
    NotificationChannel,
    NotificationPreferences,
    SubscriptionNotice,
)
from app.reports.models import AnalyticsCache, MonthlyReportRow
from app.scans.models import Scan
from app.sources.models import BankAccount, BankTransaction, MailSource
from app.subscriptions.models import (
    DismissedService,
    Reminder,
    Subscription,
    SubscriptionEdit,
    SubscriptionEvidence,
)

metadata = orm_registry.metadata

__all__ = [
    "AnalyticsCache",
    "ApiToken",
    "BankAccount",
    "BankTransaction",
    "CalendarFeed",
    "Delivery",
    "DismissedService",
    "ExchangeRate",
    "HomeCurrency",
    "MailSource",
    "MonthlyReportRow",
    "NotificationChannel",
    "NotificationPreferences",
    "OAuthCredential",
    "Reminder",
    "Scan",
    "Subscription",
    "SubscriptionEdit",
    "SubscriptionEvidence",
    "SubscriptionNotice",
    "User",
    "metadata",
]
