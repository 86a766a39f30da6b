# SPDX-License-Identifier: Apache-2.0
"""Entry point: ``scanlens`` / ``python -m desktop_app``.

``scanlens SUBCOMMAND ...`` runs headless (see ``desktop_app.commands``); anything else opens the viewer.
Heavy imports (Qt, onnxruntime) happen only on the path that needs them, so start-up stays fast.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--version"]:  # before the GUI parser: needs no display, describes models and runtimes
        from desktop_app.about import version_text

        print(version_text())
        return 0
    if args[:1] == ["--self-test"]:
        args[0] = "self-test"
    if args[:1] == ["--bench-child"]:  # scanlens bench's measuring children (also from a frozen build)
        from desktop_app.benchmark.processes import run_child

        return run_child(args[1:])
    from desktop_app import commands

    if _command_given(args, commands.command_names()):
        return commands.run(args)
    from desktop_app.app import run_gui

    return run_gui(args)


def _command_given(args: list[str], names: set[str]) -> bool:
    """True if ``args`` name a command, first or after a leading ``--language CODE``."""
    if args[:1] == ["--language"]:
        args = args[2:]
    elif args[:1] and args[0].startswith("--language="):
        args = args[1:]
    return bool(args) and args[0] in names


if __name__ == "__main__":
    sys.exit(main())
