"""Plain text for journal systems: CRLF lines, the overview first, no control characters."""

from hypothesis import given
from hypothesis import strategies as st

from py_widgets.render.text import render_text
from tests.py_widgets.agreement_fixtures import EMPTY, FAMILY, UNRESOLVED, with_text
from tests.py_widgets.helpers import USER_TEXT


def test_layout():
    text = render_text(FAMILY)
    lines = text.split("\r\n")
    assert lines[:3] == [
        "OPPFØLGINGSPLAN ETTER OPPHOLD PÅ KRISESENTER",
        "Dato for planen: 02.12.2026",
        "",
    ]
    assert lines[3:6] == ["Ansvar og avtaler", "=================", ""]
    assert "Tjeneste: NAV Bydel Nord" in lines
    assert "Slik får dere kontakt: Tlf. 55 55 55 55, mandag–fredag 9–15" in lines
    duty = lines.index("- Kontrakt og nøkler til kommunal utleiebolig")
    assert lines[duty + 1 : duty + 3] == [
        "  Hvem: Boligkontoret. Innen: 05.01.2027.",
        "  Kontakt: Saksbehandler (M.S.), tlf. 55 00 00 01",
    ]
    assert "- Melde flytting til Folkeregisteret" in lines
    assert "- 22.12.2026 kl. 10.00: Første samtale på krisesenteret" in lines
    assert "Planen evalueres 20.01.2027 kl. 13.00." in lines
    assert lines.index("Åpne punkter") < lines.index("Tjenestene") < lines.index("Barn 2")
    assert "Hjelp trengs med:" in lines and "  - Økonomi" in lines
    assert "Frist: 05.01.2027" in lines
    signatures = lines.index("Samtykke og underskrifter")
    assert lines.index("Barn 2") < signatures
    assert "Rolle: Bruker" in lines
    assert f"Dato: {'_' * 24}  Underskrift: {'_' * 24}" in lines
    assert any(line.startswith("Planen gjelder: ____") for line in lines)
    assert text.endswith("\r\n")


def test_no_staff_hints_and_open_points_for_an_unresolved_coordinator():
    text = render_text(UNRESOLVED)
    assert "Tjeneste: Ikke avklart" in text
    assert "- Det er ikke avklart hvem som skal koordinere oppfølgingen etter oppholdet." in text
    for doc in (FAMILY, UNRESOLVED, EMPTY):
        assert "Forslag" not in render_text(doc) and "Fase" not in render_text(doc)


@given(st.one_of(USER_TEXT, st.text()))
def test_only_crlf_line_breaks_and_no_control_characters(value):
    text = render_text(with_text(value))
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")
    assert not any(ch < " " and ch != "\t" for ch in text.replace("\r\n", ""))
