# SPDX-License-Identifier: Apache-2.0
"""Headless ``scanlens pacs ...``: nodes, echo, find, get, send, outbox and flush (desktop_app.pacs).

Exit codes: 0 done, 2 refused (unknown node, invalid input, unreachable PACS, refused association, error
status; ``flush`` when items still wait). Every failure is one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop_app.commands.common import EXIT_OK, EXIT_REFUSED, add_command, add_language_option, jsonable
from desktop_app.i18n import translate

HELP = "Work with a PACS: configure nodes, echo, find and get studies, send files, manage the outbox."


def _add(ns: argparse.Namespace) -> int:
    from desktop_app.pacs import NodeStore
    from desktop_app.pacs.nodes import make_node

    node = make_node(ns.name, ns.ae, ns.host, ns.port, ns.calling_ae, dicomweb=ns.dicomweb or "", tls=ns.tls,
                     tls_ca=ns.tls_ca or "", tls_cert=ns.tls_cert or "", tls_key=ns.tls_key or "")
    replaced = NodeStore().add(node)
    line = translate("CliPacs", "replaced {node}") if replaced else translate("CliPacs", "added {node}")
    print(line.format(node=node.describe()))
    return EXIT_OK


def _list(ns: argparse.Namespace) -> int:
    from desktop_app.pacs import NodeStore

    for node in NodeStore().all():
        print(json.dumps(asdict(node)) if ns.json else node.describe())
    return EXIT_OK


def _remove(ns: argparse.Namespace) -> int:
    from desktop_app.pacs import NodeStore

    print(translate("CliPacs", "removed {node}").format(node=NodeStore().remove(ns.name).describe()))
    return EXIT_OK


def _echo(ns: argparse.Namespace) -> int:
    from desktop_app.pacs import NodeStore
    from desktop_app.pacs.association import echo

    node = NodeStore().get(ns.name)
    line = translate("CliPacs", "{name}: C-ECHO ok in {ms} ms ({ae}@{host}:{port})")
    print(line.format(name=node.name, ms=f"{echo(node):.0f}", ae=node.ae_title, host=node.host, port=node.port))
    return EXIT_OK


def _find(ns: argparse.Namespace) -> int:
    from desktop_app.pacs import NodeStore
    from desktop_app.pacs.query import StudyQuery, find_studies

    query = StudyQuery(ns.patient_id or "", ns.patient_name or "", ns.date or "", ns.modality or "")
    studies = find_studies(NodeStore().get(ns.name), query)
    for study in studies:
        if ns.json:
            print(json.dumps(jsonable(study), ensure_ascii=False))
        else:
            print(f"{study['StudyDate'] or '--------'}  {study['PatientID']:<12} {study['PatientName']:<24} "
                  f"{'/'.join(study['ModalitiesInStudy']):<6} {study['NumberOfStudyRelatedInstances'] or '?':>4} "
                  f"{study['StudyInstanceUID']}")
    if not ns.json:
        one, many = translate("CliPacs", "1 study found"), translate("CliPacs", "{count} studies found")
        line = one if len(studies) == 1 else many
        print(line.format(count=len(studies)), file=sys.stderr)
    return EXIT_OK


def _get(ns: argparse.Namespace) -> int:
    from desktop_app.pacs import NodeStore
    from desktop_app.pacs.retrieve import get_study

    node = NodeStore().get(ns.name)
    result = get_study(node, ns.study_uid, ns.output)
    for warning in result.warnings:
        print(f"scanlens pacs get: {warning}", file=sys.stderr)
    line = translate("CliPacs", "retrieved {count} instance(s) of {study} into {folder}").format(
        count=len(result.files), study=ns.study_uid, folder=ns.output)
    if result.failed:
        line += ", " + translate("CliPacs", "{count} refused or failed").format(count=result.failed)
    print(line)
    return EXIT_REFUSED if result.failed or result.warnings else EXIT_OK


def _send(ns: argparse.Namespace) -> int:
    from desktop_app.pacs import NodeStore
    from desktop_app.pacs.outbox import Outbox

    NodeStore().get(ns.name)
    outbox = Outbox()
    for path in ns.files:
        if not outbox.enqueue(path, ns.name):
            print(translate("CliPacs", "{path}: already in the outbox for {node}").format(path=path, node=ns.name))
    return _report_flush(outbox, ns.name)


def _outbox(ns: argparse.Namespace) -> int:
    from desktop_app.pacs.outbox import Outbox

    for item in Outbox().items(ns.name):
        if ns.json:
            print(json.dumps(asdict(item)))
        else:
            error = f"  ({item.last_error})" if item.last_error else ""
            tries = translate("CliPacs", "tries {count}").format(count=item.attempts)
            print(f"{item.state:<8} {item.node:<12} {item.sop_instance_uid}  {tries}{error}")
    return EXIT_OK


def _flush(ns: argparse.Namespace) -> int:
    from desktop_app.pacs import NodeStore
    from desktop_app.pacs.outbox import Outbox

    if ns.name is not None:
        NodeStore().get(ns.name)
    return _report_flush(Outbox(), ns.name)


def _report_flush(outbox: Any, name: str | None) -> int:
    waiting = outbox.flush(name, say=print)
    for item in waiting:
        line = translate("CliPacs", "still waiting: {uid} for {node}: {error}")
        print("scanlens pacs: " + line.format(uid=item.sop_instance_uid, node=item.node, error=item.last_error),
              file=sys.stderr)
    return EXIT_OK if not waiting else EXIT_REFUSED


def _node_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="a name for this PACS, used by the other commands")
    parser.add_argument("--ae", required=True, help="the PACS' AE title (called AE)")
    parser.add_argument("--host", required=True, help="host name or IP address of the PACS")
    parser.add_argument("--port", required=True, type=int, help="its DICOM port (often 104 or 4242)")
    parser.add_argument("--calling-ae", default="SCANLENS", help="our AE title (default SCANLENS)")
    parser.add_argument("--dicomweb", metavar="URL", help="base URL of its DICOMweb service (kept for reference)")
    parser.add_argument("--tls", action="store_true", help="use DICOM TLS")
    parser.add_argument("--tls-ca", metavar="FILE", help="CA certificates that signed the PACS certificate")
    parser.add_argument("--tls-cert", metavar="FILE", help="our client certificate (PEM), if the PACS asks")
    parser.add_argument("--tls-key", metavar="FILE", help="the private key of --tls-cert (PEM)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``pacs`` actions as sub-commands of ``parser``."""
    sub = parser.add_subparsers(dest="pacs_command", required=True, metavar="ACTION")

    def action(name: str, help: str, handler: Any) -> argparse.ArgumentParser:
        child = sub.add_parser(name, help=help, description=help)
        child.set_defaults(_pacs_handler=handler)
        add_language_option(child)
        return child

    _node_arguments(action("add", "add (or replace) a PACS node", _add))
    action("list", "list the PACS nodes", _list).add_argument("--json", action="store_true", help="JSON Lines")
    action("remove", "remove a PACS node", _remove).add_argument("name", metavar="NAME")
    action("echo", "check that a node answers (C-ECHO)", _echo).add_argument("name", metavar="NAME")
    find = action("find", "find studies (C-FIND, study level)", _find)
    find.add_argument("name", metavar="NAME")
    find.add_argument("--patient-id", metavar="ID")
    find.add_argument("--name", dest="patient_name", metavar="NAME", help="patient name; * and ? are wildcards")
    find.add_argument("--date", metavar="YYYYMMDD[-YYYYMMDD]", help="study date or range")
    find.add_argument("--modality", metavar="M", help="e.g. CR, DX, CT")
    find.add_argument("--json", action="store_true", help="one JSON object per study per line")
    get = action("get", "retrieve a study (C-GET) into a folder", _get)
    get.add_argument("name", metavar="NAME")
    get.add_argument("study_uid", metavar="STUDY_UID")
    get.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    send = action("send", "send DICOM files (C-STORE) through the outbox", _send)
    send.add_argument("name", metavar="NAME")
    send.add_argument("files", nargs="+", type=Path, metavar="FILE")
    outbox = action("outbox", "list what was sent, waits or failed", _outbox)
    outbox.add_argument("name", nargs="?", metavar="NAME")
    outbox.add_argument("--json", action="store_true", help="one JSON object per item per line")
    action("flush", "send what waits in the outbox now", _flush).add_argument("name", nargs="?", metavar="NAME")


def run(ns: argparse.Namespace) -> int:
    """Run one ``pacs`` action; a :class:`PacsError` is one line on stderr and exit 2."""
    from desktop_app.pacs import PacsError

    try:
        return int(ns._pacs_handler(ns))
    except PacsError as err:
        print(f"scanlens pacs {ns.pacs_command}: {err}", file=sys.stderr)
        return EXIT_REFUSED


def register(subparsers: Any) -> None:
    add_arguments(add_command(subparsers, "pacs", HELP, run))
