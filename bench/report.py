"""The results as Markdown tables: numbers in Norwegian style, each row with its target and
whether it was met. Targets are shown, never asserted."""

from dataclasses import dataclass, field
from enum import Enum

TIMES = "\N{MULTIPLICATION SIGN}"
HEADER = ("Måling", "Vårt", "Sammenlignet med", "Forhold", "Mål", "Status", "n")


class Status(Enum):
    MET = "nådd"
    MISSED = "**ikke nådd**"
    INFO_MET = "nådd (til info)"
    """Compared with a limit for information only: never listed as a missed target."""
    INFO_MISSED = "ikke nådd (til info)"
    NONE = "–"


def at_most(value: float, limit: float, *, info: bool = False) -> Status:
    if info:
        return Status.INFO_MET if value <= limit else Status.INFO_MISSED
    return Status.MET if value <= limit else Status.MISSED


def fmt_int(value: float) -> str:
    """12345 → "12 345" (Norwegian thousands separator)."""
    return f"{round(value):,}".replace(",", " ")


def fmt_decimal(value: float, places: int) -> str:
    """1.234 → "1,23" with places=2."""
    text = f"{value:,.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def fmt_bytes(value: float) -> str:
    """Decimal units, as the offline bundle plugin reports them: B, kB, MB."""
    if value < 1000:
        return f"{fmt_int(value)} B"
    if value < 1_000_000:
        return f"{fmt_decimal(value / 1000, 1)} kB"
    return f"{fmt_decimal(value / 1_000_000, 2)} MB"


def fmt_ms(value: float) -> str:
    if value < 100:
        return f"{fmt_decimal(value, 1)} ms"
    return f"{fmt_int(value)} ms"


def fmt_seconds(value: float) -> str:
    return f"{fmt_decimal(value, 1)} s"


def fmt_ratio(value: float) -> str:
    return f"{fmt_decimal(value, 2)}{TIMES}"


@dataclass(frozen=True)
class Row:
    """One measurement beside its baseline and target."""

    what: str
    ours: str
    baseline: str = "–"
    ratio: str = "–"
    target: str = "–"
    status: Status = Status.NONE
    runs: str = "1"

    def cells(self) -> tuple[str, ...]:
        return (
            self.what,
            self.ours,
            self.baseline,
            self.ratio,
            self.target,
            self.status.value,
            self.runs,
        )


@dataclass
class Section:
    """A heading, its table, and notes under it."""

    title: str
    short: str
    """The section's name in lists (e.g. of missed targets)."""
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    """More Markdown (e.g. a breakdown table) after the notes."""


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|").replace("\n", " ")


def table(rows: list[Row]) -> str:
    """A Markdown table of rows, with the standard header."""
    lines = [
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join(["---", "---:", "---:", "---:", "---", "---", "---:"]) + "|",
    ]
    lines += ["| " + " | ".join(_escape(c) for c in row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def render(title: str, intro: list[str], sections: list[Section], outro: list[str]) -> str:
    """The whole results file."""
    parts = [f"# {title}", "", *intro, ""]
    for section in sections:
        parts += [f"## {section.title}", "", table(section.rows), ""]
        if section.notes:
            parts += [f"- {note}" for note in section.notes]
            parts.append("")
        if section.extra:
            parts += [*section.extra, ""]
    parts += outro
    return "\n".join(parts).rstrip() + "\n"


def missed(sections: list[Section]) -> list[str]:
    """The rows whose target was missed, by name."""
    return [
        f"{s.short}: {row.what}" for s in sections for row in s.rows if row.status is Status.MISSED
    ]
