# SPDX-License-Identifier: Apache-2.0
"""onnxruntime execution providers: ``auto`` (CUDA → DirectML → CoreML → CPU), ``cpu`` or ``gpu``.

Like pydicom's decoder backends, each provider says whether it is available and, if not, why. A GPU
that is installed but fails to start falls back to CPU with a visible note.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

GPU_PROVIDERS = ("CUDAExecutionProvider", "DmlExecutionProvider", "CoreMLExecutionProvider")
CPU = "CPUExecutionProvider"
DEVICES = ("auto", "cpu", "gpu")
_INSTALL_HINT = {
    "CUDAExecutionProvider": "pip install onnxruntime-gpu (NVIDIA CUDA + cuDNN)",
    "DmlExecutionProvider": "pip install onnxruntime-directml (Windows, any DirectX 12 GPU)",
    "CoreMLExecutionProvider": "included in onnxruntime on macOS",
}


@dataclass(frozen=True)
class ProviderStatus:
    name: str
    available: bool
    detail: str  # why it is missing, or how it was installed


def provider_statuses() -> list[ProviderStatus]:
    """Which GPU providers this onnxruntime build has, and how to get the missing ones."""
    import onnxruntime as ort

    installed = set(ort.get_available_providers())
    statuses = [
        ProviderStatus(name, name in installed,
                       "installed" if name in installed else f"not in this onnxruntime build ({_INSTALL_HINT[name]})")
        for name in GPU_PROVIDERS
    ]
    return [*statuses, ProviderStatus(CPU, True, "always available")]


def requested_providers(device: str) -> list[str]:
    """Providers to try in order for a device setting (CPU always last)."""
    if device not in DEVICES:
        raise ValueError(f"device must be one of {', '.join(DEVICES)}, not {device!r}")
    if device == "cpu":
        return [CPU]
    import onnxruntime as ort

    installed = set(ort.get_available_providers())
    return [p for p in GPU_PROVIDERS if p in installed] + [CPU]


def session_options(threads: int | None = None) -> Any:
    """Options for a small clinic PC: all graph optimisations, one inference at a time.

    The intra-op threads spin-wait between the operators of a run (waking a sleeping thread for each of
    the ~60-130 operators cost the chest model 6.5 → 4.5 ms here) but stop the moment the run returns
    (``session.force_spinning_stop``): threads still spinning after a run would take a 2-core PC's cores
    from the preprocessing, the GUI thread and other programs (``scanlens bench`` measured both).
    """
    import os

    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    options.add_session_config_entry("session.intra_op.allow_spinning", "1")
    options.add_session_config_entry("session.force_spinning_stop", "1")
    return options


def create_session(onnx_path: Path, device: str, threads: int | None = None) -> tuple[Any, str, str]:
    """Create an InferenceSession; returns (session, provider actually used, note for the user)."""
    import onnxruntime as ort

    wanted = requested_providers(device)
    note = ""
    if device == "gpu" and wanted == [CPU]:
        note = "GPU requested, but this onnxruntime has no GPU provider (install onnxruntime-gpu); using CPU"
    try:
        session = ort.InferenceSession(str(onnx_path), session_options(threads), providers=wanted)
    except Exception as err:  # a broken GPU driver must not stop the analysis: retry on CPU
        if wanted == [CPU]:
            raise
        session = ort.InferenceSession(str(onnx_path), session_options(threads), providers=[CPU])
        note = f"GPU provider failed to start ({str(err).splitlines()[0][:120]}); using CPU"
    used = session.get_providers()[0]
    if wanted[0] != CPU and used == CPU and not note:
        note = f"{wanted[0]} could not start on this machine; using CPU"
    return session, used, note
