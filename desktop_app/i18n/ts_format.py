# SPDX-License-Identifier: Apache-2.0
"""Reading and writing Qt Linguist ``.ts`` files (Qt-free), byte for byte as pyside6-lupdate writes them.

Writing in lupdate's own layout (4-space indent, ``&apos;``/``&quot;`` escaped, empty elements written
open-close except ``<location/>``) keeps the diff of ``build fill`` to the lines it really changed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
UNFINISHED, VANISHED, OBSOLETE = "unfinished", "vanished", "obsolete"
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;", '"': "&quot;"}
_ESCAPE = re.compile("[&<>'\"]")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def read(path: Path) -> ET.Element:
    """The ``<TS>`` root element of ``path``."""
    return ET.parse(path).getroot()


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """(context name, ``<message>`` element) for every message of ``root``, in file order."""
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            yield name, message


def source_of(message: ET.Element) -> str:
    return message.findtext("source", default="")


def translation_of(message: ET.Element) -> ET.Element:
    """The message's ``<translation>`` element (created empty and unfinished when absent)."""
    element = message.find("translation")
    if element is None:
        element = ET.SubElement(message, "translation", {"type": UNFINISHED})
    return element


def placeholders(text: str) -> list[str]:
    """The ``{name}`` fields of ``text``, sorted: a translation must keep exactly those of its source."""
    return sorted(_PLACEHOLDER.findall(text))


def _escape(text: str) -> str:
    return _ESCAPE.sub(lambda match: _ESCAPES[match.group()], text)


def _lines(element: ET.Element, indent: str) -> Iterator[str]:
    attributes = "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())
    children = list(element)
    if not children and element.tag != "TS":
        if element.tag == "location" and not element.text:
            yield f"{indent}<{element.tag}{attributes}/>"
        else:
            yield f"{indent}<{element.tag}{attributes}>{_escape(element.text or '')}</{element.tag}>"
        return
    yield f"{indent}<{element.tag}{attributes}>"
    # lupdate does not indent the contexts under <TS>; everything below them steps in by four spaces.
    inner = "" if element.tag == "TS" else indent + "    "
    for child in children:
        yield from _lines(child, inner)
    yield f"{indent}</{element.tag}>"


def dumps(root: ET.Element) -> str:
    """``root`` as lupdate would write it."""
    return HEADER + "\n".join(_lines(root, "")) + "\n"


def write(root: ET.Element, path: Path) -> None:
    path.write_text(dumps(root), encoding="utf-8", newline="\n")
