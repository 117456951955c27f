"""LibreOffice opens every template's ODT: it converts to PDF, and to text that holds what was
entered (CPython only: needs Debian's libreoffice-writer-nogui)."""

import subprocess
from pathlib import Path

import pytest

from py_widgets.documents import build_document
from py_widgets.plan import Plan, plan_from_values
from py_widgets.render.outline import display_value
from tests.py_widgets.conftest import cpython_only
from tests.py_widgets.helpers import filled_values
from tests.py_widgets.real_templates import IDS, load

pytestmark = cpython_only
SOFFICE = Path("/usr/bin/soffice")


@pytest.fixture(scope="module")
def plans() -> dict[str, Plan]:
    return {i: plan_from_values(t := load(i), filled_values(t)) for i in IDS}


@pytest.fixture(scope="module")
def converted(plans: dict[str, Plan], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each plan as <id>.odt, converted by LibreOffice to <id>.pdf and <id>.txt."""
    assert SOFFICE.exists(), "LibreOffice mangler: apt-get install -y libreoffice-writer-nogui"
    folder = tmp_path_factory.mktemp("odt")
    for template_id, plan in plans.items():
        (folder / f"{template_id}.odt").write_bytes(build_document(plan, "odt").content)
    odts = sorted(str(p) for p in folder.glob("*.odt"))
    profile = f"-env:UserInstallation=file://{folder}/lo-profile"
    for target in ("pdf", "txt:Text (encoded):UTF8"):
        subprocess.run(
            [SOFFICE, "--headless", profile, "--convert-to", target, "--outdir", folder, *odts],
            check=True,
            capture_output=True,
        )
    return folder


def _entered(plan: Plan) -> list[str]:
    """Every text a person entered or chose, as the document shows it."""
    out = []
    for f in plan.template.fields():
        rows = plan.values[f.id] if f.kind == "group" else [{f.id: plan.values[f.id]}]
        for row in rows:
            for child in f.fields or (f,):
                value = row[child.id]
                if child.kind == "multichoice":
                    out += [child.option_label(v) for v in value]
                else:
                    out += display_value(child, value).split("\n")
    return out


@pytest.mark.parametrize("template_id", IDS)
def test_pdf_is_made(converted: Path, template_id: str):
    pdf = (converted / f"{template_id}.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert b"/Type /Page" in pdf or b"/Type/Page" in pdf


@pytest.mark.parametrize("template_id", IDS)
def test_text_holds_what_was_entered(converted: Path, plans: dict[str, Plan], template_id: str):
    text = (converted / f"{template_id}.txt").read_text(encoding="utf-8-sig")
    plan = plans[template_id]
    missing = [value for value in _entered(plan) if value not in text]
    assert missing == []
    assert plan.template.title in text
    assert "Merknader" in text
    assert "Svar " in text and "«Åse» & <b>" in text  # escaped in the XML, plain again here
