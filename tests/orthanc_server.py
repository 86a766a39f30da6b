# SPDX-License-Identifier: Apache-2.0
"""A real Orthanc (Debian's ``orthanc`` package) for the PACS tests: loopback only, free ports, temporary
storage and a generated configuration with ScanLens' listener registered as a modality.

Loaded by tests/conftest.py as a pytest plugin; tests skip with a reason when the binary is missing.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

LOOPBACK = "127.0.0.1"
ORTHANC_AE = "ORTHANC"
OUR_AE = "SCANLENS"
OUR_MODALITY = "scanlens"


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def orthanc_binary() -> str | None:
    return shutil.which("Orthanc") or (("/usr/sbin/Orthanc") if Path("/usr/sbin/Orthanc").is_file() else None)


class OrthancServer:
    """One Orthanc process; :meth:`stop` and :meth:`start` again keep its storage (an outage)."""

    def __init__(self, binary: str, folder: Path, extra: dict[str, Any] | None = None) -> None:
        self.binary, self.folder = binary, folder
        self.dicom_port, self.http_port, self.listener_port = free_port(), free_port(), free_port()
        self.process: subprocess.Popen | None = None
        self.config = folder / "orthanc.json"
        self.config.write_text(json.dumps({**self._configuration(), **(extra or {})}, indent=2), encoding="utf-8")

    def _configuration(self) -> dict[str, Any]:
        return {
            "Name": "ScanLens test PACS",
            "StorageDirectory": str(self.folder / "storage"),
            "IndexDirectory": str(self.folder / "index"),
            "Plugins": [],
            "DicomAet": ORTHANC_AE,
            "DicomPort": self.dicom_port,
            "DicomCheckCalledAet": True,
            "HttpPort": self.http_port,
            "RemoteAccessAllowed": False,  # HTTP answers loopback clients only
            "AuthenticationEnabled": False,
            "SslEnabled": False,
            "DicomModalities": {OUR_MODALITY: [OUR_AE, LOOPBACK, self.listener_port]},
            "DicomAlwaysAllowEcho": True,
            "DicomAlwaysAllowStore": True,
            "DicomCheckModalityHost": True,
            "OverwriteInstances": False,
            "StableAge": 1,
            "ConcurrentJobs": 1,
            "HttpThreadsCount": 4,
            "DicomScuTimeout": 10,
        }

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.http_port}"

    def start(self, timeout: float = 30.0) -> None:
        log = (self.folder / "orthanc.log").open("ab")
        self.process = subprocess.Popen([self.binary, str(self.config)], stdout=log, stderr=subprocess.STDOUT,
                                        cwd=self.folder)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Orthanc exited with {self.process.returncode}; see {self.folder}/orthanc.log")
            try:
                self.rest("/system")
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Orthanc did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def rest(self, path: str, body: Any = None, method: str | None = None) -> Any:
        """Orthanc's REST API on loopback; JSON in and out."""
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        request = urllib.request.Request(self.url + path, data=data, method=method)
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
        return json.loads(raw) if raw[:1] in (b"{", b"[") else raw

    def upload(self, path: Path) -> dict[str, Any]:
        return self.rest("/instances", path.read_bytes(), "POST")

    def instance_tags(self, sop_instance_uid: str) -> list[dict[str, Any]]:
        """Simplified tags of every instance Orthanc holds with this SOPInstanceUID."""
        found = self.rest("/tools/find", {"Level": "Instance", "Query": {"SOPInstanceUID": sop_instance_uid},
                                          "Expand": True})
        return [self.rest(f"/instances/{item['ID']}/simplified-tags") for item in found]

    def clear(self) -> None:
        for patient in self.rest("/patients"):
            self.rest(f"/patients/{patient}", method="DELETE")


@pytest.fixture(scope="session")
def orthanc(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A running Orthanc for the session (skips when Debian's ``orthanc`` package is not installed)."""
    binary = orthanc_binary()
    if binary is None:
        pytest.skip("Orthanc is not installed (apt-get install orthanc)")
    server = OrthancServer(binary, tmp_path_factory.mktemp("orthanc"))
    server.start()
    yield server
    server.stop()
