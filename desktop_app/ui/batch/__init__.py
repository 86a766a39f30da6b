# SPDX-License-Identifier: Apache-2.0
"""Batch triage: the batch window and its results table."""
