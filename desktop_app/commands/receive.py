# SPDX-License-Identifier: Apache-2.0
"""Headless ``scanlens receive``: a C-STORE listener that stores pushed images in a folder, optionally
analysing each one and recording it in the case history. Runs until SIGTERM or Ctrl+C."""

from __future__ import annotations

import argparse
import queue
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from desktop_app.commands.common import EXIT_OK, EXIT_REFUSED, add_command
from desktop_app.i18n import translate

HELP = "Receive images pushed by a modality or the PACS (C-STORE listener); optionally analyse each one."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ae", default="SCANLENS", help="our AE title (default SCANLENS)")
    parser.add_argument("--port", required=True, type=int, help="port to listen on (e.g. 11112)")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for received files")
    parser.add_argument("--analyze", dest="analyse", action="store_true",
                        help="analyse each image and record it in the case history")
    parser.add_argument("--bind", default="0.0.0.0", metavar="ADDRESS", help="address to listen on (default all)")
    who = parser.add_argument_group("who may send (default: the AE titles and hosts of the configured nodes)")
    who.add_argument("--allow", action="append", default=[], metavar="AE[@HOST]", help="also accept this sender")
    who.add_argument("--allow-any", action="store_true", help="accept any calling AE title from any host")
    limits = parser.add_argument_group("limits and TLS")
    limits.add_argument("--max-associations", type=int, default=4, help="concurrent associations (default 4)")
    limits.add_argument("--max-dataset-mb", type=int, default=512, help="largest dataset accepted (default 512)")
    limits.add_argument("--tls-cert", metavar="FILE", help="serve DICOM TLS with this certificate (PEM)")
    limits.add_argument("--tls-key", metavar="FILE", help="its private key (PEM)")
    limits.add_argument("--tls-ca", metavar="FILE", help="require senders' certificates signed by this CA")
    analysis = parser.add_argument_group("analysis (with --analyze)")
    analysis.add_argument("--model", default="auto", help="auto (chosen by the input gate) or a model id")
    analysis.add_argument("--device", default="auto", choices=["auto", "cpu", "gpu"])
    analysis.add_argument("--db", type=Path, metavar="PATH", help="case history file (default: the user's)")


def _settings(ns: argparse.Namespace) -> Any:
    from desktop_app.pacs import NodeStore
    from desktop_app.pacs.listener import ListenerSettings, parse_allowed, peers_of, server_ssl_context

    allowed = None if ns.allow_any else [*peers_of(NodeStore().all()), *(parse_allowed(a) for a in ns.allow)]
    context = server_ssl_context(ns.tls_cert, ns.tls_key or "", ns.tls_ca or "") if ns.tls_cert else None
    return ListenerSettings(out_dir=ns.out, port=ns.port, ae_title=ns.ae, bind=ns.bind, allowed=allowed,
                            max_associations=max(1, ns.max_associations),
                            max_dataset_bytes=max(1, ns.max_dataset_mb) * 1024 * 1024, ssl_context=context)


class _Analyst:
    """Analyses received files one at a time on its own thread and records them in the case history."""

    def __init__(self, ns: argparse.Namespace) -> None:
        from desktop_app.commands.analyse import make_analyser
        from desktop_app.storage import CaseStore

        self.analyser, self.model = make_analyser(ns.device), ns.model
        self.store = CaseStore(ns.db)
        self.queue: queue.Queue[Path | None] = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="scanlens-receive-analysis", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from desktop_app.analysis import analyse_file
        from desktop_app.analysis.outputs import record_case
        from desktop_app.storage import StorageError

        while (path := self.queue.get()) is not None:
            result = analyse_file(self.analyser, path, model_id=self.model, reduced=True)
            if result.prediction is None:
                _say(translate("CliReceive", "{path}: not analysed: {reason}").format(path=path, reason=result.reason))
                continue
            decision = result.prediction.decision_text
            try:
                line = translate("CliReceive", "{path}: {decision} (case {case})")
                _say(line.format(path=path, decision=decision, case=record_case(self.store, result)))
            except StorageError as err:
                line = translate("CliReceive", "{path}: {decision} — not recorded in the case history: {error}")
                _say(line.format(path=path, decision=decision, error=err))

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self.store.close()


def _say(line: str) -> None:
    print(line, flush=True)


def run(ns: argparse.Namespace) -> int:
    """Listen until SIGTERM/SIGINT; exit 2 with one line when the listener cannot start."""
    from desktop_app.pacs import PacsError
    from desktop_app.pacs.listener import Listener
    from desktop_app.storage import StorageError

    try:
        analyst = _Analyst(ns) if ns.analyse else None
        listener = Listener(_settings(ns), on_note=lambda line: print(f"scanlens receive: {line}", file=sys.stderr,
                                                                     flush=True),
                            on_received=lambda path, ae, host: _received(path, ae, host, analyst))
        listener.start()
    except (PacsError, StorageError) as err:
        print(f"scanlens receive: {err}", file=sys.stderr)
        return EXIT_REFUSED
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    line = translate("CliReceive", "listening as {ae} on {address}:{port}, storing into {folder}")
    _say(line.format(ae=ns.ae, address=ns.bind, port=listener.port, folder=ns.out))
    while not stop.wait(0.5):
        pass
    listener.stop()
    if analyst is not None:
        analyst.close()
    _say(translate("CliReceive", "stopped"))
    return EXIT_OK


def _received(path: Path, ae: str, host: str, analyst: _Analyst | None) -> None:
    _say(translate("CliReceive", "received {path} from {ae}@{host}").format(path=path, ae=ae, host=host))
    if analyst is not None:
        analyst.queue.put(path)


def register(subparsers: Any) -> None:
    add_arguments(add_command(subparsers, "receive", HELP, run))
