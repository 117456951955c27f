"""The plan as plain text, for pasting into a case or journal system: the same outline as the
printed plan, with the overview first."""

from . import layout as L
from .agreement import NOT_AGREED, Agreement, Block, Detail

NEWLINE = "\r\n"  # what Windows programs (and so most journal systems) expect
SIGN_LINE = "_" * 24


def render_text(doc: Agreement) -> str:
    lines = [doc.title.upper(), f"{L.PLAN_DATE}: {doc.plan_date or NOT_AGREED}", ""]
    lines.extend(_heading(L.OVERVIEW, "="))
    lines.extend(_heading(L.COORDINATOR))
    lines.extend(f"{label}: {answer}" for label, answer in L.coordinator_rows(doc))
    lines.append("")
    lines.extend(_heading(L.RESPONSIBILITIES))
    for r in doc.responsibilities:
        what, who, by_when, contact = L.responsibility_row(r)
        head = L.RESPONSIBILITY_HEAD
        lines.append(f"- {what}")
        lines.append(f"  {head[1]}: {who}. {head[2]}: {by_when}.")
        if contact:
            lines.append(f"  {head[3]}: {contact}")
    if not doc.responsibilities:
        lines.append(L.NO_RESPONSIBILITIES)
    lines.append("")
    lines.extend(_heading(doc.resident_tasks_title))
    lines.extend(f"- {task}" for task in doc.resident_tasks)
    if not doc.resident_tasks:
        lines.append(L.NO_TASKS)
    lines.append("")
    lines.extend(_heading(L.KEY_DATES))
    lines.extend(f"- {L.key_date_text(d)}: {d.label}" for d in doc.key_dates)
    if not doc.key_dates:
        lines.append(L.NO_KEY_DATES)
    lines.extend([doc.evaluation, ""] if doc.evaluation else [""])
    lines.extend(_heading(L.OPEN_POINTS, "="))
    lines.extend(f"- {point}" for point in doc.open_points)
    if not doc.open_points:
        lines.append(L.NO_OPEN_POINTS)
    lines.append("")
    for section in doc.details:
        lines.extend(_heading(section.title, "="))
        for entry in section.entries:
            if isinstance(entry, Block):
                lines.extend(_heading(entry.title))
                for detail in L.block_details(entry):
                    lines.extend(_detail(detail))
            else:
                lines.extend(_detail(entry))
            lines.append("")
    lines.extend(_heading(L.SIGNATURES, "="))
    lines.extend([doc.consent, ""] if doc.consent else [])
    lines.extend([doc.applies_to_line, ""])
    role, day, signature = L.SIGNATURE_HEAD
    for who in doc.signatures:
        lines.extend([f"{role}: {who}", f"{day}: {SIGN_LINE}  {signature}: {SIGN_LINE}", ""])
    lines.extend(doc.footer)
    return NEWLINE.join(_one_line(line) for line in lines) + NEWLINE


def _heading(title: str, rule: str = "-") -> list[str]:
    return [title, rule * len(title), ""]


def _detail(detail: Detail) -> list[str]:
    label = _lead(detail.label)
    if detail.items:
        return [label, *(f"  - {i}" for i in detail.items)]
    if len(detail.paragraphs) == 1 and len(detail.paragraphs[0]) == 1:
        return [f"{label} {detail.paragraphs[0][0]}"]
    out = [label]
    for n, paragraph in enumerate(detail.paragraphs):
        if n:
            out.append("")
        out.extend(f"  {line}" for line in paragraph)
    return out


def _lead(label: str) -> str:
    """A label introducing its answer: "Frist:", but "Hvem deltar?" keeps its question mark."""
    return label if label.endswith(("?", ":")) else f"{label}:"


def _one_line(text: str) -> str:
    """No stray line breaks or control characters inside a line of the file."""
    return "".join(" " if ch in "\r\n" else ch for ch in text if ch >= " " or ch in "\t\r\n")
