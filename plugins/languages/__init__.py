"""Bokmål and nynorsk: the language switcher, and which language a build is in, for the other
plugins. mkdocs-static-i18n (plugin `i18n`) builds each language; this package only reads it."""
