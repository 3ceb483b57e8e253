"""Stop-20b Spanish rules from the real-news audits, on sentences written for these tests: an act that is only the
aim a thing is said to have codes nothing, and one given as another act's purpose is hypothetical; "no descarta que"
keeps a possibility open (no denial); a forecaster's "advirtió" is no threat; a promised end to a protest stays a
concession (codebook CONCEDE). The real pipeline runs up to the events stage."""
from __future__ import annotations

from tests.analyze.event_helpers import coded_es
from tests.analyze.event_helpers import single_es as single
from tests.analyze.event_helpers import types_es as types


def test_an_aim_a_thing_is_said_to_have_codes_nothing():
    assert types("El gobierno convocó un acto en la plaza que tiene el fin de responsabilizar a la guerrilla de los ataques.") == []
    assert types("La nueva ley tiene como objetivo sancionar a las empresas extranjeras.") == []
    assert types("El decreto tiene el propósito de expulsar a los diplomáticos venezolanos.") == []


def test_a_purpose_is_hypothetical():
    event = single("El canciller viajó a Lima con el fin de criticar al gobierno peruano.", "ACCUSE")
    assert event.hypothetical
    assert single("La ONU envió una misión a Haití a fin de negociar una tregua.", "CONSULT").hypothetical


def test_a_possibility_not_ruled_out_is_no_denial():
    assert types("La policía chilena no descarta que el incendio fuera intencionado.") == []
    assert types("La fiscalía no descartó que hubiera más detenidos.") == []
    assert types("El gobierno colombiano no descartó romper relaciones con Venezuela.") == ["THREATEN"]


def test_a_forecasters_warning_is_no_threat():
    assert types("La reforma pone en riesgo las pensiones de los mexicanos, advirtió la calificadora Moody's.") == []
    assert types("La consultora Eurasia advirtió al gobierno argentino que la deuda es impagable.") == []
    assert types("Los analistas advirtieron que la inflación seguirá subiendo en Argentina.") == []
    assert types("El presidente ruso advirtió a Ucrania que respondería con fuerza.") == ["THREATEN"]


def test_a_promised_end_to_a_protest_stays_a_concession():
    event = single("Los transportistas bolivianos dijeron que suspenderían la protesta.", "CONCEDE")
    assert event.future
    assert types("Los maestros peruanos anunciaron que levantarán el paro el lunes.") == ["CONCEDE"]


def test_no_change_for_done_acts():
    event = single("La oposición venezolana criticó al gobierno para presionar a Maduro.", "ACCUSE")
    assert not event.hypothetical and not coded_es("El gobierno expulsó al embajador.")[0].hypothetical
