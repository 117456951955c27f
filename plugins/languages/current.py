"""Which language the build is in now: mkdocs-static-i18n builds bokmål, then nynorsk."""

from mkdocs.config.defaults import MkDocsConfig

DEFAULT = "nb"


def i18n_plugin(config: MkDocsConfig) -> object | None:
    """The mkdocs-static-i18n plugin, or None when the site is built in one language."""
    return config.plugins.get("i18n")


def current_language(config: MkDocsConfig) -> str:
    """ "nb" or "nn": the language of the pages being built now (bokmål without the i18n plugin)."""
    plugin = i18n_plugin(config)
    language = getattr(plugin, "current_language", None)
    return language or getattr(plugin, "default_language", None) or DEFAULT


def default_language(config: MkDocsConfig) -> str:
    """ "nb": the language at the site root."""
    return getattr(i18n_plugin(config), "default_language", None) or DEFAULT


def is_default_language(config: MkDocsConfig) -> bool:
    return current_language(config) == default_language(config)


def building_other_languages(config: MkDocsConfig) -> bool:
    """True while the i18n plugin builds the other languages inside the first build's
    post_build: whatever looks at the whole site waits for the outer build, which ends last."""
    return bool(getattr(i18n_plugin(config), "building", False))
