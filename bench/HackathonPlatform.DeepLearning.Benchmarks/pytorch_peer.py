"""The PyTorch side of the training benchmark: the same CNN as ParticleClassifier.cs, the same loop as
Trainer.Fit, on the images and labels the C# side exported. Prints one JSON line.

Usage: pytorch_peer.py DATA_DIR  (DATA_DIR holds meta.json, images.f32, labels.i64)
"""
import json
import os
import sys
import time

import torch
import torch.nn.functional as F
from torch import nn


class ParticleClassifier(nn.Module):
    """ParticleClassifier.cs layer for layer: three 3x3 conv blocks (ReLU, 2x2 max-pool), two dense layers."""

    def __init__(self, image_size, class_count, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels, 3, padding=1)
        self.conv2 = nn.Conv2d(channels, 2 * channels, 3, padding=1)
        self.conv3 = nn.Conv2d(2 * channels, 4 * channels, 3, padding=1)
        side = image_size // 8
        self.hidden = nn.Linear(4 * channels * side * side, 32)
        self.output = nn.Linear(32, class_count)

    def forward(self, images):
        total = images.sum(dim=[1, 2, 3], keepdim=True).clamp_min(1.0)
        x = images / total * 10.0
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = F.max_pool2d(F.relu(self.conv3(x)), 2)
        x = F.relu(self.hidden(x.flatten(1)))
        return self.output(x)


def epoch(model, optimizer, images, labels, batch_size, generator):
    """One pass as Trainer.Fit does it: shuffled index_select batches, Adam step, loss and accuracy read back."""
    count = labels.shape[0]
    order = torch.randperm(count, generator=generator)
    loss_sum, correct = 0.0, 0
    for start in range(0, count, batch_size):
        batch = order[start:start + batch_size].clone()
        x = images.index_select(0, batch)
        y = labels.index_select(0, batch)
        optimizer.zero_grad()
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        loss.backward()
        optimizer.step()
        loss_sum += loss.item() * batch.shape[0]
        correct += logits.argmax(1).eq(y).sum().item()
    return loss_sum / count, correct / count


def main():
    folder = sys.argv[1]
    with open(os.path.join(folder, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    torch.set_num_threads(meta["threads"])
    torch.manual_seed(meta["seed"])
    n, size = meta["count"], meta["size"]
    with open(os.path.join(folder, "images.f32"), "rb") as f:
        images = torch.frombuffer(bytearray(f.read()), dtype=torch.float32).reshape(n, 1, size, size).clone()
    with open(os.path.join(folder, "labels.i64"), "rb") as f:
        labels = torch.frombuffer(bytearray(f.read()), dtype=torch.int64).clone()
    model = ParticleClassifier(size, meta["classes"], meta["channels"])
    model.train()
    generator = torch.Generator().manual_seed(meta["seed"])
    rates, losses = [], []
    # Trainer.Fit makes a fresh Adam per call; the C# side calls it once per timed epoch, so this side does too.
    for index in range(meta["warmup"] + meta["epochs"]):
        optimizer = torch.optim.Adam(model.parameters(), lr=meta["learningRate"])
        clock = time.perf_counter()
        loss, accuracy = epoch(model, optimizer, images, labels, meta["batch"], generator)
        seconds = time.perf_counter() - clock
        if index >= meta["warmup"]:
            rates.append(n / seconds)
            losses.append(loss)
    print(json.dumps({
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "parameters": sum(p.numel() for p in model.parameters()),
        "imagesPerSecond": rates,
        "losses": losses,
        "accuracy": accuracy,
        "checksum": float(images.sum()),
    }))


if __name__ == "__main__":
    main()
