"""`detente quotes` over a real DuckDB store written from a real analysed article."""
from __future__ import annotations

from click.testing import CliRunner

from detente.cli import main
from detente.store import Store
from tests.analyze.quotes_helpers import analyse


def _store(tmp_path) -> str:
    analysis = analyse([
        ("en", "Colombian President Gustavo Petro met US President Donald Trump at the White House."),
        ("en", "“We worked on several important issues with Colombia,” Trump said after the meeting."),
        ("en", "Petro said that the dialogue on drug trafficking had been almost perfect."),
    ])
    path = str(tmp_path / "quotes.duckdb")
    with Store(path) as store:
        store.write([analysis.to_document()])
    return path


def test_quotes_by_speaker_name_and_code(tmp_path) -> None:
    db = _store(tmp_path)
    runner = CliRunner()
    by_name = runner.invoke(main, ["quotes", "--db", db, "--speaker", "Trump"])
    assert by_name.exit_code == 0, by_name.output
    assert "several important" in by_name.output and "almost perfect" not in by_name.output
    by_code = runner.invoke(main, ["quotes", "--db", db, "--speaker", "COL", "--contains", "perfect"])
    assert by_code.exit_code == 0 and "almost perfect" in by_code.output and "Petro" in by_code.output


def test_quotes_on_a_missing_store_names_the_file(tmp_path) -> None:
    result = CliRunner().invoke(main, ["quotes", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0 and "none.duckdb" in result.output


def test_quotes_nothing_matches(tmp_path) -> None:
    result = CliRunner().invoke(main, ["quotes", "--db", _store(tmp_path), "--contains", "zebra"])
    assert result.exit_code == 0 and "No quotes match." in result.output
