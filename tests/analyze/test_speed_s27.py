"""Stop 27 speed work: the caches must give what a fresh reading gives (participants read once per trigger, a
sentence's text read from its Doc's text, the actor index bisected on plain start offsets)."""
from __future__ import annotations

from detente.analyze.context import Analysis
from detente.analyze.events.actor_lookup import Frame
from detente.analyze.events.arguments import READINGS_KEY, _participants, participants, speaker_sides
from detente.analyze.events.caption_verbs import caption_verb
from detente.analyze.events.place_anaphora import place_referred_back
from detente.analyze.events.sentence_text import sentence_text
from detente.analyze.events.teaser_lines import teaser_line
from detente.analyze.events.triggers import find_triggers
from detente.analyze.pipeline import stages_before
from detente.model import Article

TEXT = ("Russia and Ukraine agreed to a ceasefire on Monday. Israeli troops entered the camp. They arrested two men "
        "there. SEE MORE: Hong Kong protests: 800 students under siege. France condemned the attack by Iran on Iraq.")


def _analysis(text: str = TEXT) -> Analysis:
    analysis = Analysis(article=Article.of_sentence(text, "en", "2024-05-01", id="speed"))
    for stage in stages_before("events"):
        stage(analysis)
    return analysis


def _sides(found) -> tuple:
    return ([(h.actor.id, h.start, h.end) for h in found.sources], [(h.actor.id, h.start, h.end) for h in found.targets],
            found.inherited_source, found.fallback_target)


def test_cached_participants_equal_a_fresh_reading_and_are_the_callers_own():
    analysis = _analysis()
    read = 0
    for parsed, sent in analysis.sentences():
        frame = Frame(analysis=analysis, offset=parsed.offset, lang=parsed.lang)
        for trigger in find_triggers(sent, parsed.lang):
            first = participants(trigger, frame)
            first.sources.append(first.targets[0] if first.targets else None)  # the caller changes its copy
            second = participants(trigger, frame)
            assert None not in second.sources
            frame.groups, frame.mediating = trigger.cue.type == "PROTEST", trigger.cue.mode == "third-party"
            frame.mode = trigger.cue.mode  # as participants() sets the frame for its reading
            fresh = speaker_sides(trigger, frame, _participants(trigger, frame))
            frame.groups, frame.mediating, frame.mode = False, False, None
            assert _sides(second) == _sides(fresh)
            assert not frame.groups and not frame.mediating and frame.mode is None  # the frame is left as found
            read += 1
    assert read >= 3 and analysis.once(READINGS_KEY, dict)  # the readings were cached on the analysis


def test_sentence_text_is_spacys_span_text():
    analysis = _analysis()
    for _, sent in analysis.sentences():
        assert sentence_text(sent) == sent.text
        assert sentence_text(sent) == sent.text  # the second read comes from the Doc's kept text


def test_teaser_line_still_read_from_the_sentence_text():
    analysis = _analysis()
    flags = [teaser_line(sent, "en") for _, sent in analysis.sentences()]
    assert flags.count(True) == 1


def test_caption_verb_reads_a_span_like_its_tokens():
    analysis = _analysis("Sen. Smith, left, talks with Rep. Jones in Washington.")
    for _, sent in analysis.sentences():
        assert caption_verb(sent) == caption_verb(list(sent))
        assert caption_verb(sent) is not None


def test_there_still_refers_back_to_the_place_named_before():
    analysis = _analysis("Israeli troops entered Gaza on Monday. They arrested two men there.")
    parsed, sent = list(analysis.sentences())[-1]
    arrested = next(t for t in sent if t.lower_ == "arrested")
    place = place_referred_back(analysis, sent, arrested, parsed.offset)
    assert place is not None and place.text == "Gaza"


def test_actor_at_finds_the_same_actor_after_a_reindex():
    analysis = _analysis()
    mentions = [(m.start, m.end, actor.id) for actor in analysis.actors for m in actor.mentions]
    assert mentions
    for start, end, _ in mentions:
        before = analysis.actor_at(start, end)
        analysis.reindex_actors()
        assert analysis.actor_at(start, end) is before
        assert before is not None
