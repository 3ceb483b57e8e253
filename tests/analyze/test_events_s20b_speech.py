"""Stop-20 round-2 English rules from the real-news audit, on sentences written for these tests: speech and question
frames that ask nothing of anyone (asked about / to comment, told reporters, insisted that + a claim, a negated
wish, a bare "agreed."), idioms ("shot back" in a quoted exchange, "name recognition", "recognised for", "strikes
down the law", "approved the new dates") and present-simple relative clauses that describe a kind; their neighbours
stay coded. The real pipeline runs up to the events stage."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_en


def types(text: str) -> list[str]:
    return sorted(e.type for e in coded_en(text))


def test_questions_and_requests_for_comment_are_no_request():
    assert "REQUEST" not in types("Asked to comment on the ministry's findings, the army said it was reviewing the report.")
    assert "REQUEST" not in types("Asked about the strikes, the Pakistani foreign minister said his country would respond.")
    assert "REQUEST" not in types("Voters ask me, 'What will you do about prices?'")
    assert "REQUEST" not in types("Kovac asked Reuters.")


def test_real_requests_stay():
    assert types("Russia asked the United Nations Security Council to convene an emergency session.") == ["REQUEST"]
    assert types("Pakistan asked India to hand over the suspects.") == ["REQUEST"]
    assert "REQUEST" in types("The French foreign minister told Iran to release the detained aid workers.")


def test_insisting_on_a_claim_is_no_request():
    assert "REQUEST" not in types("The Russian envoy insisted that his country had done nothing wrong.")
    assert "REQUEST" not in types("Israel insists it needs to be able to inspect all cargo entering Gaza.")
    assert "REQUEST" in types("Germany insisted that Iran release the hostages immediately.")
    assert "REQUEST" in types("Moscow insisted on a full withdrawal of NATO forces.")
    assert "REQUEST" in types("Seoul insisted that North Korea account for the missing fishermen.")
    assert "REQUEST" in types("The Serbian leader insisted that NATO must halt the bombing.")


def test_speech_to_the_press_and_negated_wishes_are_no_request():
    assert "REQUEST" not in types('"The ball is in their court to get serious now," the Kenyan spokeswoman told reporters.')
    assert "REQUEST" not in types("Protesters in Taipei do not want Taiwan to lose its autonomy.")


def test_agreeing_with_a_view_is_no_agreement():
    assert types("Ahmed Nour, 52, agreed.") == []
    assert types("Ukraine and Russia agreed to a prisoner exchange.") == ["AGREE"]


def test_idioms_code_nothing():
    assert types('"Leave my family out of this," Haley shot back.') == []
    assert types("Soldiers shot back at the gunmen in Kunar.") == ["ASSAULT"]
    assert types("The group hopes the Supreme Court strikes down the law.") == []
    assert types("Russian missiles struck Kyiv overnight.") == ["ASSAULT"]
    assert types("The senator has worked to build his name recognition in rural Iowa.") == []
    assert types("Recognised for its steel output, the Indian firm expanded into Vietnam.") == []
    assert types("Britain recognised Palestine as a state on Sunday.") == ["SUPPORT"]
    assert types("The World Athletics Council approved the new dates for the championships.") == []
    assert types("She ran ads in rural areas to broaden her appeal.") == []
    assert types("The Red Cross renewed its appeal for a ceasefire in Gaza.") == ["REQUEST"]


def test_a_relative_clause_describing_a_kind_is_no_act():
    assert "AID" not in types("The U.N. relief agency that aids Palestinians said it had run out of fuel.")
    assert "AID" in types("Iran, which funds Hamas, denied any role in the attack.")


def test_what_a_question_asks_about_is_no_act():
    assert types("Asked whether he supports packing the Supreme Court, Tester laughed.") == []
    assert types("Asked whether he would continue to accept gifts from the lobby, the minister said all MPs get gifts.") == []
    assert types("The party is built on a movement that seeks to legitimize conspiracy theories.") == []
    assert "REQUEST" in types("Last week, the minister told lawmakers the inquiry only asked for messages to be handed over.")


def test_an_act_under_a_right_is_a_capacity():
    assert types("He reiterated his view that Israel has the right to defend itself.") == []
    assert types("The Security Council has the power to impose sanctions on North Korea.") == []
    assert "SANCTION" in types("The Security Council imposed sanctions on North Korea.")


def test_a_reprisal_that_will_not_go_unanswered_is_a_threat():
    event = next(e for e in coded_en("The Iranian foreign minister said the attack would not go unanswered.") if e.type == "THREATEN")
    assert not event.negated and [a.country for a in event.source] == ["IRN"]
    assert types("The appeal went unanswered for a month.") == []
