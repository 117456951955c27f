"""The plan as plain text, for pasting into a case or journal system."""

from .outline import EMPTY_PART, NO_NOTICES, NOTICES_HEADING, Answer, Group, Outline

NEWLINE = "\r\n"  # what Windows programs (and so most journal systems) expect


def render_text(doc: Outline) -> str:
    lines = [doc.title.upper(), doc.phase, ""]
    for part in doc.parts:
        lines.extend(_heading(part.title))
        if not part.entries:
            lines.extend([EMPTY_PART, ""])
        for entry in part.entries:
            if isinstance(entry, Group):
                lines.append(_lead(entry.label))
                for item in entry.items:
                    lines.append(f"  {item.title}")
                    for answer in item.answers:
                        lines.extend(_answer(answer, "    "))
                lines.append("")
            else:
                lines.extend(_answer(entry, ""))
                lines.append("")
    lines.extend(_heading(NOTICES_HEADING))
    lines.extend(f"- {n.level}: {n.message}" for n in doc.notices)
    if not doc.notices:
        lines.append(NO_NOTICES)
    lines.append("")
    lines.extend(doc.footer)
    return NEWLINE.join(lines) + NEWLINE


def _heading(title: str) -> list[str]:
    return [title, "-" * len(title), ""]


def _answer(answer: Answer, indent: str) -> list[str]:
    label = indent + _lead(answer.label)
    if answer.items:
        return [label, *(f"{indent}  - {i}" for i in answer.items)]
    if len(answer.paragraphs) == 1 and len(answer.paragraphs[0]) == 1:
        return [f"{label} {answer.paragraphs[0][0]}"]
    out = [label]
    for n, paragraph in enumerate(answer.paragraphs):
        if n:
            out.append("")
        out.extend(f"{indent}  {line}" for line in paragraph)
    return out


def _lead(label: str) -> str:
    """A label introducing its answer: "Navn:", but "Hvem deltar?" keeps its question mark."""
    return label if label.endswith(("?", ":")) else f"{label}:"
