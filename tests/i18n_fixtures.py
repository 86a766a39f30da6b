# SPDX-License-Identifier: Apache-2.0
"""The repository's translations (resources/translations/scanlens_<code>.ts) for tests in other languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop_app.i18n as i18n


@pytest.fixture
def repo_translations() -> Iterator[Path]:
    """The shipped .ts files, read afresh; the current language is English again afterwards."""
    i18n.catalog.cache_clear()
    yield i18n.translations_dir()
    i18n.set_language("en")
    i18n.catalog.cache_clear()
