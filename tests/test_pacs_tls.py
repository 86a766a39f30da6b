# SPDX-License-Identifier: Apache-2.0
"""DICOM TLS: ScanLens reaches an Orthanc that requires mutual TLS, and its own listener serves TLS.
Certificates are made by ``openssl`` for 127.0.0.1 in a temporary folder."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from pathlib import Path

import pydicom
import pytest

from desktop_app.pacs import PacsError
from desktop_app.pacs.association import echo
from desktop_app.pacs.listener import Listener, ListenerSettings, server_ssl_context
from desktop_app.pacs.nodes import make_node
from desktop_app.pacs.send import store_files
from tests.orthanc_server import LOOPBACK, ORTHANC_AE, OrthancServer, free_port, orthanc_binary
from tests.pacs_helpers import scan

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def certs(tmp_path_factory) -> Path:
    """A CA, a server certificate for 127.0.0.1 and a client certificate, all signed by the CA."""
    folder = tmp_path_factory.mktemp("certs")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Test CA",
             "-keyout", "ca.key", "-out", "ca.crt", cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    for name in ("server", "client"):
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}", "-keyout", f"{name}.key",
                 "-out", f"{name}.csr", cwd=folder)
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                 "-days", "2", "-extfile", "san.ext", "-out", f"{name}.crt", cwd=folder)
    return folder


@pytest.fixture(scope="module")
def tls_orthanc(certs, tmp_path_factory):
    binary = orthanc_binary()
    if binary is None:
        pytest.skip("Orthanc is not installed (apt-get install orthanc)")
    server = OrthancServer(binary, tmp_path_factory.mktemp("orthanc-tls"), {
        "DicomTlsEnabled": True, "DicomTlsCertificate": str(certs / "server.crt"),
        "DicomTlsPrivateKey": str(certs / "server.key"), "DicomTlsTrustedCertificates": str(certs / "ca.crt"),
        "DicomTlsRemoteCertificateRequired": True})
    server.start()
    yield server
    server.stop()


def test_mutual_tls_with_orthanc(tls_orthanc, certs, tmp_path):
    node = make_node("secure", ORTHANC_AE, LOOPBACK, tls_orthanc.dicom_port, tls=True, tls_ca=str(certs / "ca.crt"),
                     tls_cert=str(certs / "client.crt"), tls_key=str(certs / "client.key"))
    assert echo(node) > 0
    source = scan(tmp_path)
    assert [o.error for o in store_files(node, [source])] == [""]
    assert len(tls_orthanc.instance_tags(str(pydicom.dcmread(source).SOPInstanceUID))) == 1


def test_tls_without_our_certificate_or_in_clear_fails_with_one_line(tls_orthanc, certs):
    no_client_cert = make_node("secure", ORTHANC_AE, LOOPBACK, tls_orthanc.dicom_port, tls=True,
                               tls_ca=str(certs / "ca.crt"))
    clear = make_node("clear", ORTHANC_AE, LOOPBACK, tls_orthanc.dicom_port)
    for node, reason in ((no_client_cert, "TLS handshake failed"), (clear, "may require DICOM TLS")):
        with pytest.raises(PacsError) as caught:
            echo(node)
        assert reason in str(caught.value) and "\n" not in str(caught.value)


def test_our_listener_serves_tls(certs, tmp_path):
    context = server_ssl_context(str(certs / "server.crt"), str(certs / "server.key"), str(certs / "ca.crt"))
    listener = Listener(ListenerSettings(out_dir=tmp_path / "in", port=free_port(), bind=LOOPBACK, allowed=None,
                                         ssl_context=context))
    listener.start()
    try:
        node = make_node("ws", "SCANLENS", LOOPBACK, listener.port, tls=True, tls_ca=str(certs / "ca.crt"),
                         tls_cert=str(certs / "client.crt"), tls_key=str(certs / "client.key"))
        source = scan(tmp_path / "src")
        assert [o.error for o in store_files(node, [source])] == [""]
        assert (tmp_path / "in" / f"{pydicom.dcmread(source).SOPInstanceUID}.dcm").is_file()
        with pytest.raises(PacsError):
            echo(make_node("ws", "SCANLENS", LOOPBACK, listener.port))  # in clear: refused
    finally:
        listener.stop()
    assert isinstance(context, ssl.SSLContext)
