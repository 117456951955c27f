"""Plain text for journal systems: CRLF lines, readable layout, no control characters."""

from hypothesis import given

from py_widgets.documents import build_document
from py_widgets.plan import Plan, plan_from_values
from py_widgets.template import parse_template
from tests.py_widgets.conftest import SAMPLE
from tests.py_widgets.helpers import plan_values

TEMPLATE = parse_template(SAMPLE)


def test_layout(filled: Plan):
    text = build_document(filled, "txt").content.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[:3] == ["PRØVEPLAN FOR KRISESENTER", "Fase 3", ""]
    assert lines[3:6] == ["Om planen", "---------", ""]
    assert "Dato for planen: 25.11.2026" in lines
    assert "Hvem koordinerer? Kommunen" in lines
    assert "Notat:" in lines and "  Første linje" in lines and "  Nytt avsnitt" in lines
    assert "Tiltak:" in lines and "  - Samtaler" in lines
    assert "Avtaler:" in lines and "  Avtale 2" in lines and "    Hva: Julefeiring" in lines
    assert "    Hvem:" in lines and "      - NAV" in lines
    merknader = lines.index("Merknader")
    assert lines[merknader : merknader + 4] == ["Merknader", "---------", "", "Ingen merknader."]
    assert text.endswith("\r\n")


@given(plan_values(TEMPLATE))
def test_only_crlf_line_breaks_and_no_control_characters(values):
    text = build_document(plan_from_values(TEMPLATE, values), "txt").content.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")
    assert not any(ch < " " and ch != "\t" for ch in text.replace("\r\n", ""))
