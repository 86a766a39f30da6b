# SPDX-License-Identifier: Apache-2.0
"""The main window and what surrounds it: application object, actions and menus, single instance, error banner and
crash dialog, About, recent files."""
