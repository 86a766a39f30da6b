# SPDX-License-Identifier: Apache-2.0
"""Preference dialogs: analysis (device, models folder, auto-analyse) and report (clinic, reviewer, page size)."""
