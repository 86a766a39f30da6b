# SPDX-License-Identifier: Apache-2.0
"""The case history in the window: recording analyses, the review panel, the history panel and its model."""
