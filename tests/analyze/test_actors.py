"""Actor resolution on a hand-built seed-like article, short strings, dates, and user knowledge files."""
from __future__ import annotations

from pathlib import Path

import pytest

from detente.analyze import nlp as nlp_stage
from detente.analyze.actors import resolve, resolve_text
from detente.analyze.context import Analysis
from detente.knowledge.actors import load_knowledge, user_files
from detente.knowledge.actors.tabari import read_tabari
from detente.model import Article

SEED_PARAGRAPHS = [
    ("en", "Trump and Petro close a chapter of tensions in the White House"),
    ("en", "On Tuesday, US President Donald Trump and Colombian President Gustavo Petro met at the White House "
           "for more than two hours."),
    ("en", "Trump himself said the meeting was ‘fantastic’. Petro, according to himself, felt that the dialogue "
           "was ‘optimistic’."),
    ("en", "He left Washington with the impression of having found ‘common ground’. The Colombian president stated "
           "that the meeting was almost perfect."),
    ("es", "El presidente colombiano Gustavo Petro habla durante una manifestación en Bogotá."),
    ("en", "The meeting comes after sanctions imposed by the Treasury Department."),
]


def build_article(paragraphs: list[tuple[str, str]], published: str | None) -> Article:
    return Article.of_paragraphs([(text, lang) for lang, text in paragraphs], published, id="t")


def analyse(paragraphs: list[tuple[str, str]], published: str | None = "2026-02-04") -> Analysis:
    analysis = Analysis(article=build_article(paragraphs, published))
    nlp_stage.parse(analysis)
    resolve(analysis)
    return analysis


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyse(SEED_PARAGRAPHS)


def find(analysis: Analysis, text: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = analysis.text.index(text, start + 1)
    return analysis.actor_at(start, start + len(text))


def test_seed_people_are_coded_with_country_sector_and_role(seed: Analysis) -> None:
    petro = find(seed, "Colombian President Gustavo Petro")
    trump = find(seed, "US President Donald Trump")
    assert (petro.name, petro.country, petro.sector) == ("Gustavo Petro", "COL", "GOV")
    assert (trump.name, trump.country, trump.sector) == ("Donald Trump", "USA", "GOV")
    assert "President of Colombia" in petro.role
    assert petro.id != trump.id


def test_surname_title_and_pronoun_mentions_join_the_person(seed: Analysis) -> None:
    petro = find(seed, "Colombian President Gustavo Petro")
    assert find(seed, "Petro", occurrence=0) is petro  # the headline's bare surname
    assert find(seed, "The Colombian president") is petro
    assert find(seed, "He left") is petro or find(seed, "He") is petro
    assert find(seed, "He") is petro
    assert find(seed, "Trump himself").name == "Donald Trump"
    assert find(seed, "himself") .name == "Donald Trump"


def test_spanish_caption_joins_the_same_actor(seed: Analysis) -> None:
    caption = find(seed, "El presidente colombiano Gustavo Petro")
    assert caption is find(seed, "Colombian President Gustavo Petro")
    assert (caption.country, caption.sector) == ("COL", "GOV")


def test_metonym_organization_and_offsets(seed: Analysis) -> None:
    treasury = find(seed, "Treasury Department")
    assert (treasury.country, treasury.sector) == ("USA", "GOV")
    for actor in seed.actors:
        for mention in actor.mentions:
            assert seed.text[mention.start:mention.end] == mention.text
    assert [a.id for a in seed.actors] == [f"A{i}" for i in range(1, len(seed.actors) + 1)]


def test_resolve_text_codes_phrases_without_a_document() -> None:
    cases = {
        "Colombian President Gustavo Petro": ("COL", "GOV"),
        "US President Donald Trump": ("USA", "GOV"),
        "the Treasury Department": ("USA", "GOV"),
        "the Pentagon": ("USA", "MIL"),
        "protesters in Bogotá": ("COL", "CVL"),
        "Russia's ambassador to Poland": ("RUS", "GOV"),
        "Shanghai police": ("CHN", "COP"),
        "rebels": (None, "REB"),
        "NATO": ("IGO", "MIL"),
    }
    for text, expected in cases.items():
        code = resolve_text(text, "2026-02-04")
        assert code is not None, text
        assert (code.country, code.sector) == expected, text
    spanish = resolve_text("El presidente colombiano Gustavo Petro", "2026-02-04", lang="es")
    assert (spanish.country, spanish.sector, spanish.name) == ("COL", "GOV", "Gustavo Petro")
    assert resolve_text("puppies") is None
    assert resolve_text("Adam Curtis Brown") is None


def test_rules_code_people_in_no_list() -> None:
    assert (c := resolve_text("Peru's President Ana Quispe Mamani")) and (c.country, c.sector) == ("PER", "GOV")
    assert (c := resolve_text("Kenyan minister John Mwangi Kamau")) and (c.country, c.sector) == ("KEN", "GOV")
    analysis = analyse([("en", "Mariam Traore Diallo, the Malian prime minister, said talks would resume.")])
    actor = find(analysis, "Mariam Traore Diallo")
    assert (actor.country, actor.sector) == ("MLI", "GOV")


def test_a_country_stated_in_the_text_beats_a_namesake_in_the_list() -> None:
    colombian = resolve_text("Colombia's Defence Minister Pedro Sánchez", "2026-01-07")
    assert (colombian.country, colombian.sector) == ("COL", "GOV")
    spanish = resolve_text("Spanish Prime Minister Pedro Sánchez", "2026-01-07")
    assert (spanish.country, spanish.sector) == ("ESP", "GOV")


def test_article_date_decides_whether_a_leader_is_in_office() -> None:
    assert resolve_text("Nicolás Maduro", "2020-05-01").sector == "GOV"
    former = resolve_text("Nicolás Maduro", "2026-02-04")
    assert (former.country, former.sector) == ("VEN", "ELI")
    assert resolve_text("Gustavo Petro", "2027-01-01").sector == "ELI"
    assert resolve_text("Donald Trump", "2023-06-01").sector == "ELI"
    assert resolve_text("Donald Trump", "2025-06-01").sector == "GOV"


def test_tabari_dictionary_extends_the_knowledge_base(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(
        "# test dictionary\n"
        "ZORAN_KOVACEVIC_ [SRBGOV 190101-230101]\n"
        "+KOVACEVIC_\n"
        "  [SRBELI >230101]\n"
        "ACME_WIDGETS_ [USABUS]\n"
        "CHIMNEY_SWEEP [~LAB]\n",
        encoding="utf-8",
    )
    records = {r.name: r for r in read_tabari(path)}
    assert records["Zoran Kovacevic"].aliases == ["Kovacevic"]
    assert records["Zoran Kovacevic"].terms[0].start == "2019-01-01"
    assert records["chimney sweep"].agent
    kb = load_knowledge((path,))
    assert (c := resolve_text("Zoran Kovacevic", "2020-01-01", kb=kb)) and (c.country, c.sector) == ("SRB", "GOV")
    assert resolve_text("Zoran Kovacevic", "2024-01-01", kb=kb).sector == "ELI"
    assert (c := resolve_text("Acme Widgets", kb=kb)) and (c.country, c.sector) == ("USA", "BUS")
    assert resolve_text("chimney sweeps", kb=kb).sector == "LAB"


def test_user_tsv_file_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "people.tsv"
    path.write_text(
        "name\taliases\tcountry\tsector\trole\tstart\tend\tgender\n"
        "Ana Lucía Torres Quintana\tTorres Quintana\tECU\tGOV\tMinister of Energy of Ecuador\t2024-01-01\t\tf\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("DETENTE_ACTORS", str(path))
    kb = load_knowledge(user_files())
    code = resolve_text("Ana Lucía Torres Quintana", "2025-01-01", kb=kb)
    assert (code.country, code.sector, code.role) == ("ECU", "GOV", "Minister of Energy of Ecuador (2024-01-01..)")
    with pytest.raises(FileNotFoundError, match="missing.tsv"):
        load_knowledge((tmp_path / "missing.tsv",))


def test_entity_ruler_tags_known_surnames_as_people() -> None:
    doc = nlp_stage.load_pipeline("en")("The revocation of Petro's visa angered Petro.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Petro"] == [("Petro", "PERSON")] * 2


def test_bad_input_names_itself() -> None:
    with pytest.raises(TypeError, match="42"):
        resolve_text(42)  # type: ignore[arg-type]


def test_use_actor_files_sets_the_default_knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.knowledge.actors import default_knowledge, use_actor_files

    path = tmp_path / "orgs.tsv"
    path.write_text("name\taliases\tcountry\tsector\tstart\tend\nFrente Amplio de Prueba\tFAP\tURY\tPTY\t\t\n",
                    encoding="utf-8")
    monkeypatch.delenv("DETENTE_ACTORS", raising=False)
    kb = use_actor_files([path])
    assert kb is default_knowledge()
    assert (c := resolve_text("Frente Amplio de Prueba", kb=kb)) and (c.country, c.sector) == ("URY", "PTY")
