"""``subscout users`` and ``subscout tokens``."""

from __future__ import annotations

import asyncio

import click

from app.accounts.services import ApiTokenService, UserService, give_demo_data
from app.config import Settings
from app.lib.database import standalone_session


async def _create_user(email: str, operator: bool, demo_data: bool) -> str:
    async with standalone_session(Settings.from_env()) as session:
        users = UserService(session=session)
        if await users.get_by_email(email) is not None:
            raise click.ClickException(f"a user with the email {email} already exists")
        user = await users.create_user(email, is_operator=operator)
        if demo_data:
            await give_demo_data(session, user.id)
    return str(user.id)


async def _create_token(email: str, name: str) -> str:
    async with standalone_session(Settings.from_env()) as session:
        user = await UserService(session=session).get_by_email(email)
        if user is None:
            raise click.ClickException(f"no user with the email {email}")
        _, token = await ApiTokenService(session=session).issue(user.id, name)
    return token


@click.group("users")
def users_group() -> None:
    """Manage users."""


@users_group.command("create")
@click.argument("email")
@click.option("--operator", is_flag=True, help="May open the operator pages (/saq).")
@click.option(
    "--demo-data", is_flag=True, help="Give the user the demo mailbox and bank statement as sources."
)
def create_user(email: str, operator: bool, demo_data: bool) -> None:
    """Create a user and print its id (last line)."""
    click.echo(asyncio.run(_create_user(email, operator, demo_data)))


@click.group("tokens")
def tokens_group() -> None:
    """Manage API tokens."""


@tokens_group.command("create")
@click.argument("email")
@click.option("--name", default="CLI token", show_default=True, help="A label to recognise the token by.")
def create_token(email: str, name: str) -> None:
    """Print a new API token for the user (last line; shown once, stored hashed)."""
    click.echo(f"Token for {email} ({name}); it is shown only once:")
    click.echo(asyncio.run(_create_token(email, name)))
