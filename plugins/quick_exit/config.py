"""Options of the quick-exit plugin: the neutral site and every text the component shows."""

import re
from urllib.parse import urlsplit

from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption, Config, ValidationError

# Characters that would break out of an HTML attribute or make the address ambiguous.
_UNSAFE = re.compile(r"""[\s"'<>\\`]""")


class HttpsUrl(BaseConfigOption[str]):
    """A complete https:// address of another site, safe to put in an href as it is."""

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str:
        example = "for eksempel https://www.yr.no/"
        if not isinstance(value, str):
            raise ValidationError(f"Må være en nettadresse i anførselstegn, {example}.")
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.hostname:
            raise ValidationError(
                f"Må være en fullstendig adresse som begynner med https://, {example}. "
                f"Fikk: {value!r}"
            )
        if _UNSAFE.search(value) or parts.username is not None:
            raise ValidationError(
                f"Adressen kan ikke inneholde mellomrom, anførselstegn, <, > eller brukernavn. "
                f"Fikk: {value!r}"
            )
        return value


class QuickExitTexts(Config):
    """Every text the component shows or announces, in one place (bokmål defaults)."""

    button = c.Type(str, default="Forlat siden")
    """The button and the skip link after "Gå til innhold"."""
    landmark = c.Type(str, default="Forlat siden raskt")
    """The name of the navigation landmark around the skip link and the bar."""
    safe_use = c.Type(str, default="Trygg bruk")
    """The small link next to the button, to the page about safe use."""
    press_two_more_times = c.Type(str, default="Trykk Shift to ganger til for å forlate siden.")
    press_one_more_time = c.Type(str, default="Trykk Shift én gang til for å forlate siden.")
    timed_out = c.Type(
        str, default="Snarveien ble avbrutt. Trykk Shift tre ganger raskt for å forlate siden."
    )
    """Announced when more than 5 seconds pass between two Shift presses."""
    activated = c.Type(str, default="Laster inn …")
    """Shown on the plain overlay while the neutral site loads."""


class QuickExitTextsNn(QuickExitTexts):
    """The same texts in nynorsk, for the pages under nn/."""

    button = c.Type(str, default="Forlat sida")
    landmark = c.Type(str, default="Forlat sida raskt")
    safe_use = c.Type(str, default="Trygg bruk")
    press_two_more_times = c.Type(str, default="Trykk Shift to gonger til for å forlate sida.")
    press_one_more_time = c.Type(str, default="Trykk Shift éin gong til for å forlate sida.")
    timed_out = c.Type(
        str, default="Snarvegen vart avbroten. Trykk Shift tre gonger raskt for å forlate sida."
    )
    activated = c.Type(str, default="Lastar inn …")


class QuickExitConfig(Config):
    enabled = c.Type(bool, default=True)
    url = HttpsUrl(default="https://www.yr.no/")
    """The neutral site the button leads to (a weather site shows nothing personal)."""
    safe_use_page = c.Type(str, default="trygg-bruk.md")
    """The page that explains what quick exit does and does not do (linked next to the button)."""
    texts = c.SubConfig(QuickExitTexts)
    nn_texts = c.SubConfig(QuickExitTextsNn)
    """The texts on nynorsk pages (the i18n plugin's language "nn")."""
