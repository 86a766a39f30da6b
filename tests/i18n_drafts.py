# SPDX-License-Identifier: Apache-2.0
"""Tests in other languages without the generated .ts files: build them from resources/translations/drafts.

The drafts (``{"Context": {"English source": {"fr": "…"}}}``) are what the .ts files are filled from; a test
writes ``scanlens_<code>.ts`` from them into a temporary folder and points desktop_app.i18n at it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop_app.i18n as i18n

DRAFTS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "drafts"


def write_ts(folder: Path, code: str) -> Path:
    """``scanlens_<code>.ts`` (Qt Linguist XML) holding every drafted translation into ``code``."""
    contexts: dict[str, dict[str, str]] = {}
    for draft in sorted(DRAFTS.glob("*.json")):
        for context, messages in json.loads(draft.read_text(encoding="utf-8")).items():
            for source, texts in messages.items():
                if texts.get(code):
                    contexts.setdefault(context, {})[source] = texts[code]
    root = ET.Element("TS", version="2.1", language=code)
    for name, messages in contexts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, text in messages.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    path = folder / f"scanlens_{code}.ts"
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


@pytest.fixture
def drafted_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every language's .ts made from the drafts; the current language is English again afterwards."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for code in i18n.LANGUAGES:
        if code != i18n.SOURCE_LANGUAGE:
            write_ts(folder, code)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    i18n.catalog.cache_clear()
    yield folder
    i18n.set_language("en")
    i18n.catalog.cache_clear()
