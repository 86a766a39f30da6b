# SPDX-License-Identifier: Apache-2.0
"""GUI entry point: arguments, single instance, QApplication, main window.

Start-up order keeps the common paths fast: ``--version`` and ``--install-desktop-integration`` never
import Qt widgets; a second launch only opens a local socket, hands over its files and exits; the first
launch shows the window at once and decodes the first file in a worker.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from desktop_app import APP_NAME, __version__

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scanlens", description=f"{APP_NAME}: offline radiology viewer")
    parser.add_argument("files", nargs="*", help="DICOM or image files, or a folder, to open")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--install-desktop-integration",
        action="store_true",
        help="register ScanLens with the Linux desktop (menu entry, file types) and exit",
    )
    parser.add_argument(
        "--benchmark-startup",
        metavar="FILE",
        help="open FILE, print seconds from process start until it is painted, and exit",
    )
    parser.add_argument(
        "--new-instance", action="store_true", help="do not hand files to an already running ScanLens window"
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="interface language: system, en, fr, es, pt or ar (default: the one chosen in ScanLens)",
    )
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    return parser


def run_gui(args: list[str]) -> int:
    """Run the viewer with command-line ``args`` (without the program name); returns the exit code."""
    options = build_parser().parse_args(args)
    if options.language and not _known_language(options.language):
        return 2
    if options.install_desktop_integration:
        return _install_desktop_integration()
    if options.benchmark_startup:  # its fallback clock (not Linux) starts at its import: as early as possible
        import desktop_app.benchmark.uptime  # noqa: F401
    files = [os.path.abspath(p) for p in options.files]
    single = not (options.new_instance or options.benchmark_startup or options.screenshot)
    if single and _hand_over(files):
        return 0
    if not _display_available():
        print(f"{APP_NAME} needs a graphical display (none found: set DISPLAY or WAYLAND_DISPLAY).", file=sys.stderr)
        return 1
    _configure_logging()
    from desktop_app.ui.shell.application import run_application

    return run_application(options, files, single_instance=single)


def _known_language(code: str) -> bool:
    """True if ScanLens speaks ``code``; else says so on stderr (one line, with the codes it knows)."""
    from desktop_app.i18n import UnknownLanguage, resolve

    try:
        resolve(code)
    except UnknownLanguage as err:
        print(f"scanlens: {err}", file=sys.stderr)
        return False
    return True


def _display_available() -> bool:
    """False only on Linux/BSD with no X11/Wayland display and no explicit Qt platform (Qt would abort)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _install_desktop_integration() -> int:
    from desktop_app import desktop_integration

    if not sys.platform.startswith("linux"):
        print("Desktop integration files are for Linux desktops; use the installer on Windows/macOS.")
        return 1
    try:
        command, working_dir = desktop_integration.default_launcher()
        desktop_integration.install(exec_command=command, working_dir=working_dir)
    except OSError as exc:
        print(f"Could not write desktop integration files: {exc}", file=sys.stderr)
        return 1
    return 0


def _hand_over(files: list[str]) -> bool:
    """True if a running instance took ``files`` (this process should then exit)."""
    from desktop_app.ui.shell.single_instance import send_to_running_instance

    return send_to_running_instance(files)


def _configure_logging() -> None:
    """Rotating log file without patient identifiers (``SCANLENS_LOG_PHI=1`` keeps them); a read-only home
    must not stop the viewer, stderr still gets warnings then."""
    from desktop_app.logging_setup import configure_logging

    configure_logging()
