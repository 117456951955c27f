"""Read and check docs/data/phases.yml: each phase's title, result, steps, roles and legal basis."""

from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml


class PhaseDataError(ValueError):
    """The phase data is missing something or has the wrong shape; the message is for editors."""


@dataclass(frozen=True)
class Labels:
    """Texts the plugin shows around the phase data."""

    phases: str
    choose_phase: str
    back_to_overview: str
    result: str
    roles: str
    legal: str
    overview_result: str
    audience: str
    """Who the phase pages are written for (a line under the heading)."""


@dataclass(frozen=True)
class PlanLink:
    """The plan builder page that belongs to a phase (shown only once that page exists)."""

    page: str
    label: str


@dataclass(frozen=True)
class RoleDuties:
    role: str
    duties: tuple[str, ...]


@dataclass(frozen=True)
class Phase:
    number: int
    page: str
    title: str
    result: str
    steps: tuple[str, ...]
    roles: tuple[RoleDuties, ...]
    legal: str
    source: str
    """Where the page's text comes from, and what we added (a line under the audience)."""
    plan: PlanLink | None
    card_result: str = ""
    """The result in a few words for the front page's card, where the client's sentence would
    repeat the card's label («Resultat: Resultatet er at …»); "" = the result as it is."""

    @property
    def heading(self) -> str:
        return f"Fase {self.number}: {self.title}"


@dataclass(frozen=True)
class PhaseData:
    overview_page: str
    labels: Labels
    phases: tuple[Phase, ...]

    def phase(self, number: object) -> Phase:
        for phase in self.phases:
            if phase.number == number:
                return phase
        raise PhaseDataError(f"Fase {number!r} finnes ikke i fasedataene.")


def load_phases(path: Path) -> PhaseData:
    """The phase data in `path`; raises PhaseDataError naming the file and the faulty key."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PhaseDataError(f"{path}: kan ikke leses: {error}") from error
    try:
        return parse_phases(raw)
    except PhaseDataError as error:
        raise PhaseDataError(f"{path}: {error}") from error


def parse_phases(raw: object) -> PhaseData:
    top = _mapping(raw, "fila")
    role_names = _mapping(top.get("roles"), "roles")
    roles = {key: _text(role_names, key, "roles") for key in role_names}
    labels = _mapping(top.get("labels"), "labels")
    phases = tuple(
        _phase(item, f"phases[{index}]", roles)
        for index, item in enumerate(_list(top.get("phases"), "phases"))
    )
    numbers = [phase.number for phase in phases]
    if numbers != list(range(1, len(phases) + 1)):
        raise PhaseDataError(
            f"phases: fasene må ha nummer 1, 2, 3 … i rekkefølge (fant {numbers})."
        )
    return PhaseData(
        overview_page=_text(top, "overview_page", ""),
        labels=Labels(**{f.name: _text(labels, f.name, "labels") for f in fields(Labels)}),
        phases=phases,
    )


def _phase(raw: object, where: str, role_names: Mapping[str, str]) -> Phase:
    item = _mapping(raw, where)
    duties = _mapping(item.get("roles"), f"{where}.roles")
    if set(duties) != set(role_names):
        expected, found = ", ".join(role_names), ", ".join(duties)
        raise PhaseDataError(f"{where}.roles: må ha nøyaktig rollene {expected} (fant {found}).")
    plan = item.get("plan")
    return Phase(
        number=_integer(item, "number", where),
        page=_text(item, "page", where),
        title=_text(item, "title", where),
        result=_text(item, "result", where),
        steps=_texts(item.get("steps"), f"{where}.steps"),
        roles=tuple(
            RoleDuties(name, _texts(duties[key], f"{where}.roles.{key}"))
            for key, name in role_names.items()
        ),
        legal=_text(item, "legal", where),
        source=_text(item, "source", where),
        plan=None
        if plan is None
        else PlanLink(_text(plan, "page", f"{where}.plan"), _text(plan, "label", f"{where}.plan")),
        card_result=_text(item, "card_result", where) if "card_result" in item else "",
    )


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping) or not value:
        raise PhaseDataError(f"{where}: mangler, eller er ikke en liste med nøkler og verdier.")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise PhaseDataError(f"{where}: mangler, eller er ikke en liste med punkter (- …).")
    return value


def _text(mapping: object, key: str, where: str) -> str:
    value = mapping.get(key) if isinstance(mapping, Mapping) else None
    if not isinstance(value, str) or not value.strip():
        raise PhaseDataError(f"{where + '.' if where else ''}{key}: mangler tekst.")
    return value.strip()


def _texts(value: object, where: str) -> tuple[str, ...]:
    items = _list(value, where)
    if not all(isinstance(item, str) and item.strip() for item in items):
        raise PhaseDataError(f"{where}: hvert punkt må være en tekst.")
    return tuple(item.strip() for item in items)


def _integer(mapping: Mapping[str, Any], key: str, where: str) -> int:
    value = mapping.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise PhaseDataError(f"{where}.{key}: må være et heltall.")
    return value


def check_translation(original: PhaseData, translated: PhaseData, path: Path) -> PhaseData:
    """`translated` if it has the same phases, pages, plan pages and number of steps and duties
    as `original`; raises PhaseDataError naming what differs."""

    def shape(data: PhaseData) -> list[object]:
        return [data.overview_page] + [
            (
                phase.page,
                phase.plan.page if phase.plan else None,
                len(phase.steps),
                [len(role.duties) for role in phase.roles],
            )
            for phase in data.phases
        ]

    for number, (a, b) in enumerate(zip(shape(original), shape(translated), strict=False)):
        if a != b:
            where = "overview_page" if number == 0 else f"fase {number}"
            raise PhaseDataError(
                f"{path}: {where} må ha samme sider, plan og antall steg og punkter som "
                f"originalen (original: {a}, her: {b})."
            )
    if len(original.phases) != len(translated.phases):
        raise PhaseDataError(f"{path}: må ha like mange faser som originalen.")
    return translated
