"""When the plugins' shared build events run: the one table of priorities.

MkDocs runs an event's handlers from the highest priority to the lowest (default 0; ties run
in mkdocs.yml order). Plugins import their priority from here, so the order is written once;
plugins/README.md explains it and tests/plugins/test_order.py checks it.
"""

# on_config: name the self-hosted iframe-worker shim before Material's offline plugin (0)
# would add a copy from a CDN.
SHIM_BEFORE_MATERIAL_OFFLINE = 100
# on_config: join the site's own scripts and stylesheets once every plugin has added its own.
JOIN_OWN_ASSETS = -100
# on_files: the i18n plugin (mkdocs-static-i18n) sorts files by language at -100 and cannot
# handle files made in memory; languages sets them aside just before and puts them back after.
SET_ASIDE_BEFORE_I18N = -90
PUT_BACK_AFTER_I18N = -110
# on_post_page: hash inline scripts and styles for the CSP once nothing changes the HTML.
HASH_FINAL_HTML = -100
# on_post_build: write the hosting header files (_headers, nginx) from every page's policy ...
WRITE_HOST_FILES = -100
# ... give each language its own search index, after mkdocs-static-i18n (-100) has joined the
# languages' indexes and Material's offline plugin (-100) has inlined the joined one ...
SPLIT_SEARCH_INDEX = -150
# ... check the written site (no remote loads, quick exit on every page) ...
AUDIT_SITE = -200
# ... and only then package it: a site that fails an audit is never zipped.
PACKAGE_SITE = -300
