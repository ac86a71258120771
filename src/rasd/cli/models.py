"""`rasd train-ner` and `rasd eval-ner`: reproduce and score the shipped NER model."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

console = Console(highlight=False)
SHARED = Path("../shared")


def train_ner(
    shared: Annotated[Path, typer.Option(help="The shared data folder (holds data/anercorp).")] = SHARED,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Model folder (default: the shipped one).")
    ] = None,
    kind: Annotated[str, typer.Option(help="neural (the shipped BiLSTM-CRF) or crf.")] = "neural",
    reuse_clusters: Annotated[
        bool, typer.Option("--reuse-clusters", help="Keep the word-cluster table already in the folder.")
    ] = False,
    crf: Annotated[Path | None, typer.Option(help="neural: a first-pass CRF model file to reuse.")] = None,
    lexicon: Annotated[Path | None, typer.Option(help="neural: an auto-lexicon to reuse.")] = None,
    lm: Annotated[
        Path | None, typer.Option(help="neural: pre-trained context encoders (.npz) to reuse.")
    ] = None,
) -> None:
    """Train the NER model from ANERcorp and SaudiNewsNet, as scripts/train_ner.py (neural: ~45 min)."""
    from rasd.errors import InputError
    from rasd.ner.evaluate import evaluate, format_scores
    from rasd.ner.tagger import default_model_path

    train = shared / "data" / "anercorp" / "train.txt"
    if not train.is_file():
        raise InputError("ANERcorp train.txt not found (pass --shared)", source=str(train))
    if kind not in ("neural", "crf"):
        raise InputError(f"unknown model kind {kind!r} (neural or crf)")
    out_dir = output or default_model_path().parent
    if kind == "crf":
        from rasd.ner.train import train_from_shared

        report = train_from_shared(shared, out_dir, reuse_clusters=reuse_clusters)
        model = Path(report.model_path)
    else:
        from rasd.ner.train_neural import train_neural_from_shared

        train_neural_from_shared(
            shared, out_dir, reuse_clusters=reuse_clusters, crf=crf, lexicon_file=lexicon, lm_file=lm
        )
        model = out_dir / "ner.npz"
    console.print(f"model: {model}")
    test = shared / "data" / "anercorp" / "test.txt"
    if test.is_file():
        console.print(format_scores(evaluate(model, test)))


def eval_ner(
    test: Annotated[Path, typer.Option(help="CoNLL file to score on.")] = SHARED / "data/anercorp/test.txt",
    model: Annotated[Path | None, typer.Option(help="Model file (default: the shipped one).")] = None,
    doc_sentences: Annotated[
        int | None, typer.Option(help="Apply document consistency over blocks of this many sentences.")
    ] = None,
) -> None:
    """Score the NER model on a CoNLL file (conlleval entity-level P/R/F1)."""
    from rasd.errors import InputError
    from rasd.ner.evaluate import evaluate, format_scores

    if not test.exists():
        raise InputError(
            "file not found (pass --test or put ../shared beside the checkout)", source=str(test)
        )
    console.print(format_scores(evaluate(model, test, doc_sentences=doc_sentences)))


def register(app: typer.Typer) -> None:
    app.command("train-ner")(train_ner)
    app.command("eval-ner")(eval_ner)
