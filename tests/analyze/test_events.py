"""Event coder on sentences written for these tests (English and Spanish), with real spaCy parses.

Actors come from a small gazetteer built here, so the tests pin the event rules, not the actor layer.
"""
from __future__ import annotations

import re


from detente.analyze import nlp
from detente.analyze.context import Analysis
from detente.analyze.events import code, score_for
from detente.model import Actor, Article, Mention, Paragraph

GAZETTEER = {
    "Donald Trump": ("USA", "GOV", ["Donald Trump", "Trump"]),
    "Gustavo Petro": ("COL", "GOV", ["Gustavo Petro", "Petro"]),
    "Nicolás Maduro": ("VEN", "GOV", ["Nicolás Maduro", "Maduro"]),
    "United States": ("USA", None, ["United States", "Estados Unidos", "US"]),
    "Colombia": ("COL", None, ["Colombia"]),
    "Venezuela": ("VEN", None, ["Venezuela"]),
    "Treasury Department": ("USA", "GOV", ["Treasury Department"]),
    "Colombian government": ("COL", "GOV", ["Colombian government"]),
}


def gazetteer_actors(text: str) -> list[Actor]:
    actors, taken = [], []
    for index, (name, (country, sector, aliases)) in enumerate(GAZETTEER.items()):
        mentions = []
        for alias in sorted(aliases, key=len, reverse=True):
            for match in re.finditer(r"\b" + re.escape(alias) + r"\b", text):
                if any(a <= match.start() < b for a, b in taken):
                    continue
                taken.append((match.start(), match.end()))
                mentions.append(Mention(alias, match.start(), match.end()))
        if mentions:
            actors.append(Actor(f"A{index}", name, name, country, sector, mentions=mentions))
    return actors


def analyse(*paragraphs: str, lang: str = "en", published: str = "2026-02-04") -> Analysis:
    analysis = Analysis(article=Article.of_paragraphs([(text, lang) for text in paragraphs], published, id="t"))
    nlp.parse(analysis)
    analysis.actors = gazetteer_actors(analysis.text)
    analysis.reindex_actors()
    from detente.analyze import time

    time.resolve(analysis)
    code(analysis)
    return analysis


def only(analysis: Analysis, event_type: str):
    found = [e for e in analysis.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.evidence.sentence) for e in analysis.events]
    return found[0]


def countries(refs) -> list[str | None]:
    return [r.country for r in refs]


def test_meeting_with_date_dyad_and_evidence_offsets():
    analysis = analyse("On Tuesday, US President Donald Trump and Colombian President Gustavo Petro met at the White House.")
    event = only(analysis, "CONSULT")
    assert countries(event.source) == ["USA"] and countries(event.target) == ["COL"]
    assert (event.date, event.date_text, event.date_precision) == ("2026-02-03", "Tuesday", "day")
    assert analysis.text[event.evidence.trigger.start : event.evidence.trigger.end] == "met"
    assert analysis.text[event.evidence.start : event.evidence.end] == event.evidence.sentence
    assert event.score == 2.5 and not (event.negated or event.hypothetical or event.future or event.historical)


def test_passive_by_agent_and_nominal_events():
    analysis = analyse(
        "Venezuela was attacked by the United States.",
        "Sanctions imposed by the Treasury Department on Gustavo Petro angered Bogota.",
        "Trump's accusations about the Colombian government were rejected.",
    )
    assault = only(analysis, "ASSAULT")
    assert countries(assault.source) == ["USA"] and countries(assault.target) == ["VEN"]
    sanction = only(analysis, "SANCTION")
    assert [a.name for a in sanction.source] == ["Treasury Department"] and [a.name for a in sanction.target] == ["Gustavo Petro"]
    accuse = only(analysis, "ACCUSE")
    assert [a.name for a in accuse.source] == ["Donald Trump"] and [a.name for a in accuse.target] == ["Colombian government"]
    assert accuse.score == score_for("ACCUSE", accuse.mode) < 0


def test_meeting_between_and_us_attack_on():
    analysis = analyse("The meeting between Trump and Petro was cordial.", "A US attack on Venezuela followed.")
    consult = only(analysis, "CONSULT")
    assert [a.name for a in consult.source] == ["Donald Trump"] and [a.name for a in consult.target] == ["Gustavo Petro"]
    assault = only(analysis, "ASSAULT")
    assert countries(assault.source) == ["USA"] and countries(assault.target) == ["VEN"]


def test_flags_negated_hypothetical_future():
    negated = only(analyse("Trump did not meet Petro."), "CONSULT")
    assert negated.negated
    hypothetical = only(analyse("Trump could impose sanctions on Colombia."), "SANCTION")
    assert hypothetical.hypothetical and not hypothetical.negated
    future = only(analyse("Trump will meet Petro in Washington."), "AGREE")  # a future meeting is AGREE (codebook)
    assert future.future and not future.hypothetical


def test_recalled_sanctions_are_historical_with_their_year():
    analysis = analyse("In 2025 the Treasury Department imposed sanctions on Gustavo Petro.")
    event = only(analysis, "SANCTION")
    assert event.historical and event.date.startswith("2025") and event.date_precision == "year"
    assert [a.name for a in event.target] == ["Gustavo Petro"]


def test_no_event_without_a_resolved_actor():
    analysis = analyse("Protesters attacked the building and the police arrested dozens of people.")
    assert analysis.events == []


def test_harm_without_a_perpetrator_is_not_an_event():
    assert analyse("A tsunami killed 222 people in Venezuela.").events == []


def test_threaten_to_attack_is_one_threat_with_violence_mode():
    analysis = analyse("Trump threatened to attack Venezuela.")
    assert [e.type for e in analysis.events] == ["THREATEN"]
    assert analysis.events[0].mode == "violence" and countries(analysis.events[0].source) == ["USA"]


def test_spanish_strike_capture_and_demonstration():
    analysis = analyse(
        "Días después de que Estados Unidos atacara Venezuela y capturara a su presidente Nicolás Maduro.",
        "El presidente Gustavo Petro habla durante una manifestación en defensa de la soberanía nacional.",
        lang="es",
    )
    assault = only(analysis, "ASSAULT")
    assert countries(assault.source) == ["USA"] and countries(assault.target) == ["VEN"]
    coerce = only(analysis, "COERCE")
    assert coerce.mode == "arrest" and [a.name for a in coerce.target] == ["Nicolás Maduro"]
    protest = only(analysis, "PROTEST")
    assert [a.name for a in protest.source] == ["Gustavo Petro"]


def test_spanish_possible_intervention_stated_by_a_leader_is_a_threat():
    analysis = analyse(
        "Petro respondió a las declaraciones de Trump sugiriendo una posible intervención militar en Colombia.", lang="es"
    )
    threat = only(analysis, "THREATEN")
    assert [a.name for a in threat.source] == ["Donald Trump"] and countries(threat.target) == ["COL"]
    assert not [e for e in analysis.events if e.type == "ASSAULT"]


def test_events_within_a_sentence_are_deduplicated():
    analysis = analyse("Trump met Petro, and the meeting between Trump and Petro lasted two hours.")
    assert len([e for e in analysis.events if e.type == "CONSULT"]) == 1


def test_full_pipeline_on_a_seed_like_article():
    """Integration with the real actor, time and place layers (analyze_article), English body + Spanish caption."""
    from detente.analyze.pipeline import analyze_article

    texts = [
        ("On Tuesday, US President Donald Trump and Colombian President Gustavo Petro met at the White House in Washington.", "en", "body"),
        ("El presidente colombiano Gustavo Petro habla durante una manifestación, días después de que Estados Unidos "
         "atacara Venezuela y capturara a su presidente Nicolás Maduro, en Bogotá, Colombia, el 7 de enero de 2026.", "es", "caption"),
    ]
    paragraphs, start = [], 0
    for text, lang, kind in texts:
        paragraphs.append(Paragraph(text=text, lang=lang, start=start, end=start + len(text), kind=kind))
        start += len(text) + 2
    article = Article(id="seed-like", url=None, title=None, published="2026-02-04", published_inferred=False,
                      authors=[], language="en", sections=[], captions=[texts[1][0]], paragraphs=paragraphs)
    document = analyze_article(article)
    by_type = {e.type: e for e in document.events}
    consult = by_type["CONSULT"]
    assert countries(consult.source) == ["USA"] and countries(consult.target) == ["COL"] and consult.date == "2026-02-03"
    assault = by_type["ASSAULT"]
    assert countries(assault.source) == ["USA"] and countries(assault.target) == ["VEN"]
    assert "PROTEST" in by_type and by_type["COERCE"].mode == "arrest"
    payload = document.to_dict()["events"][0]
    assert {"type", "mode", "contexts", "source", "target", "date", "date_text", "date_precision", "location", "negated",
            "hypothetical", "future", "historical", "score", "confidence", "evidence"} <= set(payload)
