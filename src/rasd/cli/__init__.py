"""The ``rasd`` command line: typer + rich, one command per library function.

Only this package configures logging and output. Errors derived from :class:`rasd.errors.RasdError`
print one line and exit non-zero; ``--debug`` shows tracebacks and debug logs.
"""

from __future__ import annotations

import logging
import sys

from rich.console import Console
from rich.logging import RichHandler

from rasd.cli.app import app
from rasd.errors import RasdError

__all__ = ["app", "main"]


def _configure_logging(debug: bool) -> None:
    handler = RichHandler(console=Console(stderr=True), show_path=debug, show_time=debug)
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.ERROR,  # no third-party warnings in normal runs
        handlers=[handler],
        format="%(message)s",
        force=True,
    )
    if not debug:
        logging.getLogger("rasd").setLevel(logging.ERROR)


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    args = [a for a in args if a != "--debug"]
    _configure_logging(debug)
    err = Console(stderr=True, highlight=False)
    try:
        # standalone mode: usage errors, --help and typer.Exit end in SystemExit with their code
        app(args=args, prog_name="rasd")
        rc = 0
    except SystemExit as exc:
        if exc.code == 130:  # typer turns Ctrl-C into a silent exit 130
            err.print("rasd: interrupted")
        raise
    except KeyboardInterrupt:
        err.print("rasd: interrupted")
        rc = 130
    except RasdError as exc:
        if debug:
            raise
        err.print(f"[bold red]error:[/] {exc}", markup=True, soft_wrap=True)
        rc = exc.exit_code
    except Exception as exc:  # a bug: still one line unless --debug
        if debug:
            raise
        err.print(
            f"[bold red]error:[/] internal error: {type(exc).__name__}: {exc} (run with --debug)",
            markup=True,
            soft_wrap=True,
        )
        rc = 1
    sys.exit(rc)


if __name__ == "__main__":  # pragma: no cover
    main()
