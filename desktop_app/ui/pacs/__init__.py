# SPDX-License-Identifier: Apache-2.0
"""The PACS feature of the window: nodes dialog, search/retrieve dock, Send to PACS, outbox state."""
