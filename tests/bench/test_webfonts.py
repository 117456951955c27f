"""The Google Fonts emulation of `make bench` (bench/webfonts.py), on a small fake fontsource
folder: `make test` does not install the real packages."""

import json

import pytest

from bench.webfonts import GoogleFonts, parse_query

MATERIAL_URL = (
    "https://fonts.googleapis.com/css?family=Roboto:300,300i,400,400i,700,700i"
    "%7CRoboto+Mono:400,400i,700,700i&display=fallback"
)
FACE = """/* {name}-{subset}-{weight}-{style} */
@font-face {{
  font-family: '{family}';
  font-style: {style};
  font-display: swap;
  font-weight: {weight};
  src: url(./files/{file}.woff2) format('woff2'), url(./files/{file}.woff) format('woff');
  unicode-range: {ranges};
}}
"""
SUBSETS = {"latin-ext": "U+0100-02BA,U+2113", "latin": "U+0000-00FF,U+2000-206F"}


@pytest.fixture
def fonts(tmp_path):
    for name, family, weights in (
        ("roboto", "Roboto", (300, 400, 700)),
        ("roboto-mono", "Roboto Mono", (400, 700)),
    ):
        package = tmp_path / name
        (package / "files").mkdir(parents=True)
        (package / "package.json").write_text(json.dumps({"version": "5.3.0"}))
        for weight in weights:
            for style in ("normal", "italic"):
                css = "\n".join(
                    FACE.format(
                        name=name,
                        file=f"{name}-{subset}-{weight}-{style}",
                        family=family,
                        subset=subset,
                        weight=weight,
                        style=style,
                        ranges=ranges,
                    )
                    for subset, ranges in SUBSETS.items()
                )
                stem = f"{weight}-italic" if style == "italic" else str(weight)
                (package / f"{stem}.css").write_text(css)
                for subset in SUBSETS:
                    (package / "files" / f"{name}-{subset}-{weight}-{style}.woff2").write_bytes(
                        b"wOF2"
                    )
    return GoogleFonts(tmp_path)


def test_material_query_is_read_as_google_reads_it():
    families, display = parse_query(MATERIAL_URL)
    assert display == "fallback"
    assert [name for name, _ in families] == ["Roboto", "Roboto Mono"]
    assert families[0][1][:2] == [(300, "normal"), (300, "italic")]
    assert families[1][1] == [(400, "normal"), (400, "italic"), (700, "normal"), (700, "italic")]


def test_stylesheet_has_one_face_per_family_weight_style_and_subset(fonts):
    css = fonts.stylesheet(MATERIAL_URL).decode()
    assert css.count("@font-face") == (6 + 4) * len(SUBSETS)
    first = css.split("}")[0]
    assert "/* latin-ext */" in first
    assert "font-style: italic;" in first
    assert "font-weight: 300;" in first
    assert "font-display: fallback;" in first
    assert "unicode-range: U+0100-02BA, U+2113;" in first
    url = "https://fonts.gstatic.com/s/roboto/fontsource-5.3.0/roboto-latin-ext-300-italic.woff2"
    assert f"src: url({url}) format('woff2');" in first
    assert ".woff)" not in css


def test_font_urls_map_to_package_files_only(fonts, tmp_path):
    good = "https://fonts.gstatic.com/s/roboto-mono/fontsource-5.3.0/roboto-mono-latin-400-normal.woff2"
    assert (
        fonts.font_file(good) == tmp_path / "roboto-mono/files/roboto-mono-latin-400-normal.woff2"
    )
    assert fonts.font_file(good.replace("5.3.0", "5.2.0")) is None
    assert (
        fonts.font_file("https://fonts.gstatic.com/s/roboto/fontsource-5.3.0/..%2Fpackage.json")
        is None
    )
    assert fonts.font_file("https://fonts.gstatic.com/s/other/fontsource-5.3.0/x.woff2") is None
