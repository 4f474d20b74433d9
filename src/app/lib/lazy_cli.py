"""A click group that imports each command only when it runs.

``subscout detect`` and ``subscout --help`` must not load the web app: the
group lists its commands from a table of import paths and help lines instead.
"""

from __future__ import annotations

import importlib

import click

LazyCommands = dict[str, tuple[str, str]]
"""Command name → (``"module:attribute"``, the one-line help ``--help`` lists)."""


def load_command(import_path: str) -> click.Command:
    module_name, _, attribute = import_path.partition(":")
    command: click.Command = getattr(importlib.import_module(module_name), attribute)
    return command


class LazyGroup(click.Group):
    def __init__(self, *args: object, lazy_commands: LazyCommands, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.lazy_commands)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = self.lazy_commands.get(cmd_name)
        return load_command(entry[0]) if entry else None

    def help_rows(self) -> list[tuple[str, str]]:
        return [(name, help_line) for name, (_, help_line) in self.lazy_commands.items()]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl(sorted(self.help_rows()))
