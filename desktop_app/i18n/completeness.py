# SPDX-License-Identifier: Apache-2.0
"""What is wrong with a ``.ts`` file compared with the strings the code asks for (``build check``)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.i18n.ts_format import OBSOLETE, UNFINISHED, VANISHED, messages, placeholders, read, source_of

Key = tuple[str, str]  # (context, English source)


def keys(ts: Path) -> set[Key]:
    """Every (context, source) of ``ts``, whatever its state."""
    return {(context, source_of(message)) for context, message in messages(read(ts))}


def ts_problems(expected: set[Key], ts: Path) -> list[str]:
    """One line per problem of ``ts``: missing, untranslated, stale, or placeholders that do not match."""
    if not ts.is_file():
        return [f"{ts.name}: the file is missing (run: make translations)"]
    problems, seen = [], set()
    for context, message in messages(read(ts)):
        source = source_of(message)
        seen.add((context, source))
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else UNFINISHED
        text = "".join(translation.itertext()).strip() if translation is not None else ""
        where = f"{ts.name}: [{context}] {source!r}"
        if (context, source) not in expected or kind in (VANISHED, OBSOLETE):
            problems.append(f"{where}: no longer in the code (run: make translations)")
        elif kind == UNFINISHED or not text:
            problems.append(f"{where}: not translated")
        elif placeholders(text) != placeholders(source):
            problems.append(f"{where}: the translation has placeholders {placeholders(text)}, "
                            f"the source {placeholders(source)}")
    problems += [f"{ts.name}: [{context}] {source!r}: missing (run: make translations)"
                 for context, source in sorted(expected - seen)]
    return problems
