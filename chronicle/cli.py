"""The `chronicle` command group. User mistakes end as `Error: ...` and exit code 1.

Subcommands are imported only when invoked, so commands that only read the database never
import Prefect or spaCy.
"""

from __future__ import annotations

import importlib
import os
import sys

import click
from pydantic import ValidationError

from chronicle.errors import ChronicleError

#: name -> "module:attribute" of each subcommand, in the order `--help` lists them.
COMMANDS = {
    "run": "chronicle.commands.run:run_command",
    "sql": "chronicle.commands.sql:sql_command",
    "export": "chronicle.commands.export:export_command",
    "tag": "chronicle.commands.tagging:tag_command",
    "eval": "chronicle.commands.tagging:eval_command",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        return getattr(importlib.import_module(module), attribute)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chronicle")
def cli() -> None:
    """Chronicle: articles in, dated events out, in a DuckDB timeline.

    \b
    Example: chronicle run seeds/articles --db news.duckdb
    """


def settings_problem(exc: ValidationError) -> str:
    """A settings error in the user's terms: the environment variable and what is wrong."""
    problems = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"])
        problems.append(f"CHRONICLE_{field.upper()}={error.get('input')!r}: {error['msg']}")
    return "invalid setting " + "; ".join(problems)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: the one place errors become messages and exit codes."""
    try:
        cli.main(args=argv, prog_name="chronicle", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ChronicleError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except ValidationError as exc:
        click.echo(f"Error: {settings_problem(exc)}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


if __name__ == "__main__":
    main()
