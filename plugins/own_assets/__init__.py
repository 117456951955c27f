"""The site's own scripts and stylesheets, minified, and those on every page joined into one."""
