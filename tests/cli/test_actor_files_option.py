"""`--actors FILE` extends the actor knowledge base for one run (TABARI/PETRARCH dictionary format)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from detente.cli import main


def test_analyze_codes_a_person_only_known_from_the_users_dictionary(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("DETENTE_ACTORS", raising=False)
    article = tmp_path / "article.txt"
    article.write_text("Giuseppe Verdana was seen in Rome on Tuesday, officials said.\n", encoding="utf-8")
    dictionary = tmp_path / "extra.txt"
    dictionary.write_text("GIUSEPPE_VERDANA [ITAGOV]\n", encoding="utf-8")

    without = CliRunner().invoke(main, ["analyze", str(article), "--published", "2026-02-04"])
    with_file = CliRunner().invoke(main, ["analyze", str(article), "--published", "2026-02-04", "--actors", str(dictionary)])
    assert without.exit_code == 0 and with_file.exit_code == 0, with_file.output

    def coded(output: str) -> set[tuple]:
        return {(a["name"], a["country"], a["sector"]) for a in json.loads(output)["actors"]}

    assert ("Giuseppe Verdana", "ITA", "GOV") in coded(with_file.output)
    assert ("Giuseppe Verdana", "ITA", "GOV") not in coded(without.output)


def test_missing_actor_file_is_a_usage_error_naming_it(tmp_path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Text.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(article), "--actors", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output
