"""The plan as plain text, for pasting into a case or journal system: the same outline as the
printed plan, with the overview first."""

from . import layout as L
from .agreement import Agreement, Block, Detail

NEWLINE = "\r\n"  # what Windows programs (and so most journal systems) expect
SIGN_LINE = "_" * 24


def render_text(doc: Agreement) -> str:
    w = L.words_of(doc)
    lines = [doc.title.upper(), f"{w.plan_date}: {doc.plan_date or w.not_agreed}", ""]
    lines.extend(_heading(w.overview, "="))
    lines.extend(_heading(w.coordinator))
    lines.extend(f"{label}: {answer}" for label, answer in L.coordinator_rows(doc))
    lines.append("")
    lines.extend(_heading(w.responsibilities))
    for r in doc.responsibilities:
        what, who, by_when, contact = L.responsibility_row(r, w)
        head = w.responsibility_head
        lines.append(f"- {what}")
        lines.append(f"  {head[1]}: {who}. {head[2]}: {by_when}.")
        if contact:
            lines.append(f"  {head[3]}: {contact}")
    if not doc.responsibilities:
        lines.append(w.no_responsibilities)
    lines.append("")
    lines.extend(_heading(doc.resident_tasks_title))
    lines.extend(f"- {task}" for task in doc.resident_tasks)
    if not doc.resident_tasks:
        lines.append(w.no_tasks)
    lines.append("")
    lines.extend(_heading(w.key_dates))
    lines.extend(f"- {L.key_date_text(d)}: {d.label}" for d in doc.key_dates)
    if not doc.key_dates:
        lines.append(w.no_key_dates)
    lines.extend([doc.evaluation, ""] if doc.evaluation else [""])
    lines.extend(_heading(w.open_points, "="))
    lines.extend(f"- {point}" for point in doc.open_points)
    if not doc.open_points:
        lines.append(w.no_open_points)
    lines.append("")
    for section in doc.details:
        lines.extend(_heading(section.title, "="))
        for entry in section.entries:
            if isinstance(entry, Block):
                lines.extend(_heading(entry.title))
                for detail in L.block_details(entry, w):
                    lines.extend(_detail(detail))
            else:
                lines.extend(_detail(entry))
            lines.append("")
    lines.extend(_heading(w.signatures, "="))
    lines.extend([doc.consent, ""] if doc.consent else [])
    lines.extend([doc.applies_to_line, ""])
    role, day, signature = w.signature_head
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
