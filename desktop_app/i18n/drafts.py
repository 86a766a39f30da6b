# SPDX-License-Identifier: Apache-2.0
"""Draft translations written as JSON, applied to the ``.ts`` files (``build fill``).

A draft is ``{"<Context>": {"<English source exactly as in the code>": {"fr": "…", "es": "…"}}}``. Filling
sets each translation and marks it finished (a later draft of the same string wins); a string the ``.ts``
does not have (run ``build update`` first, or the English differs from the code), an unknown language or
a translation whose ``{placeholders}`` differ from the source's is reported and skipped.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.i18n import LANGUAGES, SOURCE_LANGUAGE
from desktop_app.i18n.ts_format import messages, placeholders, read, source_of, translation_of, write

Key = tuple[str, str]
Drafts = dict[str, dict[Key, str]]  # language code -> (context, source) -> translation


def load(paths: list[Path]) -> tuple[Drafts, list[str]]:
    """The translations of the draft files, by language, and one line per problem found reading them."""
    drafts: Drafts = {}
    problems: list[str] = []
    for path in paths:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            problems.append(f"{path}: cannot read the draft: {err}")
            continue
        if not _well_formed(data):
            problems.append(f'{path}: expected {{"Context": {{"English source": {{"fr": "…"}}}}}} with text values')
            continue
        for context, sources in data.items():
            for source, by_language in sources.items():
                for code, text in by_language.items():
                    if code not in LANGUAGES or code == SOURCE_LANGUAGE:
                        problems.append(f"{path}: [{context}] {source!r}: unknown language {code!r}")
                    elif not text.strip():
                        problems.append(f"{path}: [{context}] {source!r}: empty {code} translation")
                    else:
                        drafts.setdefault(code, {})[(context, source)] = text
    return drafts, problems


def _well_formed(data: object) -> bool:
    return isinstance(data, dict) and all(
        isinstance(sources, dict) and all(
            isinstance(by_language, dict) and all(isinstance(text, str) for text in by_language.values())
            for by_language in sources.values())
        for sources in data.values())


def apply(translations: dict[Key, str], ts: Path) -> tuple[int, list[str]]:
    """Write ``translations`` into ``ts`` (marked finished); how many were set, and the problems."""
    root = read(ts)
    index = {(context, source_of(message)): message for context, message in messages(root)}
    filled, problems = 0, []
    for (context, source), text in translations.items():
        message = index.get((context, source))
        where = f"{ts.name}: [{context}] {source!r}"
        if message is None:
            problems.append(f"{where}: not in the file (run build update first, or the English differs from the code)")
        elif placeholders(text) != placeholders(source):
            problems.append(f"{where}: the draft has placeholders {placeholders(text)}, the source "
                            f"{placeholders(source)}")
        else:
            element = translation_of(message)
            element.text = text
            element.attrib.pop("type", None)
            filled += 1
    if filled:
        write(root, ts)
    return filled, problems
