# SPDX-License-Identifier: Apache-2.0
"""``scanlens analyze ... --send NAME``: the exported Secondary Captures and Encapsulated PDF go to the
node through the outbox. An unreachable PACS does not fail the analysis: the results wait in the outbox."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop_app.pacs.errors import PacsError


def prepare_send(ns: argparse.Namespace) -> bool:
    """Check ``--send NAME`` before analysing; export into a temporary folder when no ``--export-dicom``.

    False (after one line on stderr) when the node is unknown or the outbox cannot be opened.
    """
    from desktop_app.pacs.nodes import NodeStore
    from desktop_app.pacs.outbox import Outbox

    try:
        NodeStore().get(ns.send)
        Outbox()
    except PacsError as err:
        print(f"scanlens analyze: --send: {err}", file=sys.stderr)
        return False
    if ns.export_dicom is None:
        ns.export_dicom = Path(tempfile.mkdtemp(prefix="scanlens-send-"))
        ns._send_temporary = True
    return True


def send_results(ns: argparse.Namespace, files: Sequence[Path]) -> None:
    """Queue ``files`` for ``ns.send`` and try to deliver them now; says what happened on stderr."""
    from desktop_app.pacs.outbox import Outbox

    def say(line: str) -> None:
        print(f"scanlens analyze: {line}", file=sys.stderr, flush=True)

    try:
        outbox = Outbox()
        for path in files:
            outbox.enqueue(path, ns.send)
        waiting = outbox.flush(ns.send, say=say) if files else []
    except PacsError as err:
        say(f"the results were not queued for {ns.send}: {err}")
        return
    finally:
        if getattr(ns, "_send_temporary", False):
            shutil.rmtree(ns.export_dicom, ignore_errors=True)
    if waiting:
        say(f"the results were queued for {ns.send} ({len(waiting)} item(s) waiting); they will be sent by "
            f"'scanlens pacs flush {ns.send}' or the next retry")
