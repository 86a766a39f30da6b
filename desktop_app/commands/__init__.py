# SPDX-License-Identifier: Apache-2.0
"""Headless commands: ``scanlens COMMAND ...`` (dispatched from ``desktop_app.__main__``).

Each command is one module here with a ``register(subparsers)`` function that adds its sub-parser (see
:func:`~desktop_app.commands.common.add_command`); :data:`COMMAND_MODULES` lists them — add yours there to
get ``scanlens NAME``. Keep a module's top level light (heavy imports inside its handler): every module is
imported to build the parser. Commands depend on the core (imaging, inference, analysis, reporting,
storage, exporting), never the other way round.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop_app.commands.common import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, add_language_option, jsonable, one_line
from desktop_app.i18n import UnknownLanguage, current_language, set_language, translate

#: Modules of ``desktop_app.commands`` whose ``register(subparsers)`` adds a command, in help order.
COMMAND_MODULES: list[str] = ["info", "render", "analyse", "models", "history", "audit", "selftest", "bench", "pacs",
                              "receive"]

__all__ = ["COMMAND_MODULES", "EXIT_FAILURE", "EXIT_OK", "EXIT_REFUSED", "build_parser", "command_names", "jsonable",
           "module_names", "run"]


def module_names() -> list[str]:
    """Full names of the command modules (imported dynamically: a frozen build lists them as hidden imports)."""
    return [name if "." in name else f"{__name__}.{name}" for name in COMMAND_MODULES]


def build_parser() -> argparse.ArgumentParser:
    """The ``scanlens`` argument parser with one sub-parser per command module."""
    parser = argparse.ArgumentParser(prog="scanlens", description="ScanLens headless commands.")
    add_language_option(parser)  # also before the command: scanlens --language fr analyze ...
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in module_names():
        try:
            importlib.import_module(module).register(subparsers)
        except Exception as exc:  # one broken command module must not disable the others
            message = translate("CliCommands", "commands from {module} are unavailable: {error}")
            print(f"scanlens: {message.format(module=module, error=one_line(exc))}", file=sys.stderr)
    return parser


def command_names() -> set[str]:
    """The names ``scanlens`` accepts as its first argument."""
    actions = build_parser()._actions
    return {name for a in actions if isinstance(a, argparse._SubParsersAction) for name in a.choices}


def run(args: Sequence[str]) -> int:
    """Run ``scanlens`` with ``args`` (the command name first, or after ``--language CODE``); return the exit
    code. The language in force before is restored afterwards."""
    try:
        namespace = build_parser().parse_args(list(args))
    except SystemExit as exc:  # argparse has printed usage or help
        return exc.code if isinstance(exc.code, int) else EXIT_REFUSED
    before = current_language()
    try:
        set_language(getattr(namespace, "language", None))
    except UnknownLanguage as err:
        print(f"scanlens: {err}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        return int(namespace._handler(namespace))
    except KeyboardInterrupt:
        interrupted = translate("CliCommands", "interrupted")
        print(f"scanlens: {interrupted}", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback: one line the user can report
        message = translate("CliCommands", "unexpected error: {error}").format(error=one_line(exc))
        print(f"scanlens {namespace.command}: {message}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        set_language(before)
