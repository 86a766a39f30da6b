# SPDX-License-Identifier: Apache-2.0
"""The one error type of the PACS package: its message is one line the user can act on."""

from __future__ import annotations


class PacsError(Exception):
    """A PACS operation that could not be done (unknown node, unreachable host, refused association, ...)."""


class PacsUnreachable(PacsError):
    """The node could not be reached or the association was refused: worth retrying later (the outbox does)."""
