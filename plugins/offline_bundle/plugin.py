"""After the build, write dist/<name>-<version>/ and dist/<name>-<version>.zip."""

import logging
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority

from plugins.languages.current import building_other_languages

from ..order import PACKAGE_SITE
from .archive import write_zip
from .config import OfflineBundleConfig
from .naming import bundle_stem

log = logging.getLogger(f"mkdocs.plugins.{__name__}")


class OfflineBundlePlugin(BasePlugin[OfflineBundleConfig]):
    # After every plugin has written its files and every audit has passed.
    @event_priority(PACKAGE_SITE)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # The nynorsk build runs inside the bokmål build's post_build: pack once, after both.
        if not self.config.enabled or building_other_languages(config):
            return
        top = bundle_stem(self.config.name)
        site = Path(config.site_dir)
        shutil.copyfile(self.config.readme, site / Path(self.config.readme).name)
        dist = Path(self.config.dist_dir)
        folder = dist / top
        if folder.resolve() != site.resolve():
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(site, folder, ignore=shutil.ignore_patterns(*self.config.leave_out))
        archive = dist / f"{top}.zip"
        write_zip(site, archive, top, set(self.config.leave_out))
        size = archive.stat().st_size
        log.info(f"Offline-pakke: {archive} ({size:,} byte, {size / 1_000_000:.2f} MB)")
