"""A person's connected sources: the mailboxes and bank accounts scans read."""

from __future__ import annotations

from uuid import UUID

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import delete

from app.lib.errors import NotFoundError
from app.sources.models import BankAccount, MailSource


class MailSourceNotFoundError(NotFoundError):
    def __str__(self) -> str:
        return "no such mail source"


class BankAccountNotFoundError(NotFoundError):
    def __str__(self) -> str:
        return "no such bank account"


class MailSourceRepository(SQLAlchemyAsyncRepository[MailSource]):
    model_type = MailSource


class MailSourceService(SQLAlchemyAsyncRepositoryService[MailSource, MailSourceRepository]):
    repository_type = MailSourceRepository

    async def list_for_user(self, user_id: UUID) -> list[MailSource]:
        """The person's mailboxes, oldest first (the order they were added in)."""
        return list(
            await self.get_many(MailSource.user_id == user_id, order_by=[MailSource.created_at.asc()])
        )

    async def get_for_user(self, user_id: UUID, source_id: UUID) -> MailSource:
        """The mailbox; ``MailSourceNotFoundError`` when it does not exist or is someone else's."""
        source = await self.get_one_or_none(MailSource.id == source_id, MailSource.user_id == user_id)
        if source is None:
            raise MailSourceNotFoundError(source_id)
        return source


class BankAccountRepository(SQLAlchemyAsyncRepository[BankAccount]):
    model_type = BankAccount


class BankAccountService(SQLAlchemyAsyncRepositoryService[BankAccount, BankAccountRepository]):
    repository_type = BankAccountRepository

    async def list_for_user(self, user_id: UUID) -> list[BankAccount]:
        """The person's bank accounts, oldest first."""
        return list(
            await self.get_many(BankAccount.user_id == user_id, order_by=[BankAccount.created_at.asc()])
        )

    async def get_for_user(self, user_id: UUID, account_id: UUID) -> BankAccount:
        """The account; ``BankAccountNotFoundError`` when it does not exist or is someone else's."""
        account = await self.get_one_or_none(BankAccount.id == account_id, BankAccount.user_id == user_id)
        if account is None:
            raise BankAccountNotFoundError(account_id)
        return account

    async def remove(self, account: BankAccount) -> None:
        """Delete the account; its transactions go with it (ON DELETE CASCADE)."""
        await self.repository.session.execute(delete(BankAccount).where(BankAccount.id == account.id))
