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
        Path | None, typer.Option("-o", "--output", help="Model file (default: the shipped one).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
) -> None:
    """Train the CRF NER model from ANERcorp (+ SaudiNewsNet clusters) deterministically."""
    from rasd.errors import InputError
    from rasd.ner.clusters import build_clusters, iter_saudinewsnet
    from rasd.ner.evaluate import evaluate, format_scores
    from rasd.ner.tagger import default_model_path
    from rasd.ner.train import CLUSTERS_NAME, train_model

    data = shared / "data"
    train, test = data / "anercorp" / "train.txt", data / "anercorp" / "test.txt"
    if not train.is_file():
        raise InputError("ANERcorp train.txt not found (pass --shared)", source=str(train))
    model = output or default_model_path()
    model.parent.mkdir(parents=True, exist_ok=True)
    clusters = model.parent / CLUSTERS_NAME
    build_clusters(iter_saudinewsnet(data / "saudinewsnet")).save(clusters)
    report = train_model(train, model, seed=seed, clusters_path=clusters)
    console.print(f"model: {report.model_path} (version {report.version}, {report.seconds:.0f} s)")
    if test.is_file():
        console.print(format_scores(evaluate(model, test)))


def eval_ner(
    test: Annotated[Path, typer.Option(help="CoNLL file to score on.")] = SHARED / "data/anercorp/test.txt",
    model: Annotated[Path | None, typer.Option(help="Model file (default: the shipped one).")] = None,
) -> None:
    """Score the NER model on a CoNLL file (conlleval entity-level P/R/F1)."""
    from rasd.errors import InputError
    from rasd.ner.evaluate import evaluate, format_scores

    if not test.exists():
        raise InputError(
            "file not found (pass --test or put ../shared beside the checkout)", source=str(test)
        )
    console.print(format_scores(evaluate(model, test)))


def register(app: typer.Typer) -> None:
    app.command("train-ner")(train_ner)
    app.command("eval-ner")(eval_ner)
