# SPDX-License-Identifier: Apache-2.0
"""``python -m export_tools {split,train,calibrate,export,all} --task ID``: the reproducible pipeline.

``python -m export_tools references`` stores every shipped model's scores on the bundled samples in its card;
``python -m export_tools readme-table`` rewrites the README's model table from the cards;
``python -m export_tools speed`` re-measures each card's CPU speed with the app's session settings;
``python -m export_tools quantise --task ID`` measures INT8/float16 variants and records them in the card;
``python -m export_tools scope --task ID`` fits the shift check and conformal review band of a shipped model
(``all`` runs it after export for diagnostic models);
``python -m export_tools external --task ID`` measures the shipped model on its development shift set through
the app's own analyse path and records it in the card.
``python -m export_tools presentation --task brain_mri_tumor`` fits the skull-stripped slice check of the brain
model and records it in the card's ``presentation`` section (the ONNX file is not touched).
``python -m export_tools consistency --task ID`` fine-tunes a trained model's members so re-encoding the same film
does not move its score (``all`` runs it after training when the task's ``consistency`` says ``"shipped": True``).
``python -m export_tools finding-look --task ID`` adds the check that an image given a finding looks like that
finding's training images (after ``scope``; ``all`` runs it for tasks that set ``finding_look``).
``python -m export_tools symmetry --task ID`` fits the threshold of the pixel symmetry check of a task's calls in
``symmetry.applies_to`` (card only; ``all`` runs it for tasks that set ``symmetry``).
``python -m export_tools gate-check`` re-measures the shipped gate on real images (card ``external``).
``python -m export_tools card-text`` rewrites the shipped cards' ``translations`` from
export_tools/card_translations.py (no retraining; the ONNX files and their sha256 stay as they are).
"""

from __future__ import annotations

import argparse
import json
import logging
import shlex
import sys
from pathlib import Path

from export_tools.tasks import MODELS_DIR, RUNS_ROOT, TASKS, get_task


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m export_tools", description=__doc__)
    parser.add_argument("step", choices=["split", "train", "consistency", "calibrate", "export", "all", "references",
                                         "readme-table", "speed", "quantise", "scope", "finding-look", "symmetry",
                                         "external", "presentation", "gate-check", "card-text"])
    parser.add_argument("--task", choices=sorted(TASKS),
                        help="required for split, train, calibrate, export, all, quantise and scope")
    parser.add_argument("--run-dir", type=Path, help="checkpoints and caches (default export_tools/runs/ID)")
    parser.add_argument("--out-dir", type=Path, default=MODELS_DIR, help="where the .onnx and card go")
    parser.add_argument("--limit", type=int, help="use only this many images (smoke tests)")
    parser.add_argument("--max-steps", type=int, help="training steps per epoch (smoke tests)")
    parser.add_argument("--epochs", type=int, help="override the task's epoch count")
    parser.add_argument("--no-pretrained", action="store_true", help="random init (smoke tests)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1234, help="split seed (and member 0's training seed)")
    parser.add_argument("--member", type=int, help="train only this member of an ensemble (default: all, in turn)")
    parser.add_argument("--device", choices=["cpu", "cuda", "auto"], default="cpu",
                        help="where training runs; auto = CUDA when torch sees a GPU (calibration/export: CPU)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.step == "references":
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        from export_tools.references import write_references

        write_references(args.out_dir)
        return 0
    if args.step == "gate-check":
        from export_tools.gate_report import write_external

        print(json.dumps(write_external(args.out_dir), indent=1))
        return 0
    if args.step == "card-text":
        from export_tools.card_text import refresh_card_text

        missing = refresh_card_text(args.out_dir)
        for card_id, texts in missing.items():
            for text in texts:
                print(f"{card_id}: no translation for {text} (stays English)", file=sys.stderr)
        return 0
    if args.step == "speed":
        from export_tools.export import refresh_speed

        print(json.dumps(refresh_speed(args.out_dir)))
        return 0
    if args.step == "readme-table":
        from export_tools.model_table import update_readme
        from export_tools.tasks import REPO_ROOT

        update_readme(REPO_ROOT / "README.md", args.out_dir)
        return 0
    if not args.task:
        parser.error("--task is required")
    task = get_task(args.task)
    if args.step == "external":
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        from export_tools.external import external

        print(json.dumps(external(task, args.out_dir)["results"]["all"]))
        return 0
    run_dir = args.run_dir or RUNS_ROOT / task.id
    if args.step == "presentation":
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        from export_tools.presentation import presentation

        print(json.dumps(presentation(task, run_dir, args.out_dir)["measured"], indent=1))
        return 0
    run_dir.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.StreamHandler(), logging.FileHandler(run_dir / "pipeline.log")],
    )
    import torch

    torch.set_num_threads(args.threads)
    command = "python -m export_tools " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    from export_tools import calibrate, export, train

    if args.step == "quantise":
        from export_tools.quantise import quantise

        print(json.dumps(quantise(task, run_dir, args.out_dir)["variants"]))
        return 0
    if args.step in ("split", "all"):
        prepared = train.prepare(task, run_dir, limit=args.limit, seed=args.seed)
        print(json.dumps(prepared.split["sizes"]))
    if args.step in ("train", "all"):
        members = [args.member] if args.member is not None else range(len(task.members))
        for member in members:
            train.train(task, run_dir, limit=args.limit, max_steps=args.max_steps, epochs=args.epochs,
                        pretrained=not args.no_pretrained, seed=args.seed, member=member, device=args.device)
    if args.step == "consistency" or (args.step == "all" and task.consistency and task.consistency.get("shipped")):
        from export_tools.consistency import consistency

        print(json.dumps(consistency(task, run_dir, limit=args.limit, max_steps=args.max_steps)))
    if args.step in ("calibrate", "all"):
        calibrate.calibrate(task, run_dir)
    if args.step in ("export", "all"):
        card = export.export(task, run_dir, args.out_dir, command)
        print(json.dumps({"id": card["id"], "parity": card["parity"], "speed": card["speed"]}))
        if task.id == "input_gate" and not args.limit:
            from export_tools.gate_report import write_external

            print(json.dumps(write_external(args.out_dir), indent=1))
    if args.step == "scope" or (args.step == "all" and task.input_kind):
        from export_tools.scope import scope

        print(json.dumps(scope(task, run_dir, args.out_dir)))
    if args.step == "finding-look" or (args.step == "all" and task.finding_look):
        from export_tools.finding_look import finding_look

        print(json.dumps(finding_look(task, run_dir, args.out_dir)["measured"]))
    if args.step == "symmetry" or (args.step == "all" and task.symmetry):
        from export_tools.symmetry import symmetry

        print(json.dumps(symmetry(task, run_dir, args.out_dir)["measured"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
