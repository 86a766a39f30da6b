# SPDX-License-Identifier: Apache-2.0
"""What every ``scanlens`` command shares: exit codes, adding a sub-parser, strict JSON, one-line errors,
the ``--language`` option.

Exit codes: 0 success, 2 refused input (bad file or arguments), 1 unexpected failure. No traceback is
ever printed; unexpected errors are reduced to one line on stderr.

``--language CODE`` chooses the language of the messages printed for people (and of PDF reports); without
it the system locale decides (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as for other command-line tools: the
GUI's choice lives in Qt's settings, which the CLI does not read. JSON output never changes with the
language: its keys, label ids and values stay the same.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from typing import Any

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REFUSED = 2

Handler = Callable[[argparse.Namespace], int]


def add_command(subparsers: Any, name: str, help: str, handler: Handler) -> argparse.ArgumentParser:
    """A sub-parser ``scanlens NAME`` whose parsed arguments go to ``handler`` (it returns the exit code)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, description=help)
    parser.set_defaults(_handler=handler)
    add_language_option(parser)
    return parser


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--language CODE`` on ``parser``; a command with actions (``pacs add``) adds it to each of them too.

    Its default is suppressed, so a nested parser never overwrites a value given earlier on the line.
    """
    parser.add_argument("--language", metavar="CODE", default=argparse.SUPPRESS,
                        help="language of the messages and reports: system, en, fr, es, pt or ar (default: system)")


def one_line(exc: BaseException) -> str:
    from desktop_app.imaging.errors import one_line as shorten

    return shorten(exc)


def jsonable(value: Any) -> Any:
    """``value`` with numpy scalars made plain and non-finite floats made ``None`` (strict JSON)."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if hasattr(value, "item") and callable(value.item):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
