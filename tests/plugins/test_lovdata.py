"""The Lovdata extension: `[[lov § n]]` becomes links, and unknown laws stop the build."""

import re
from pathlib import Path

import markdown
import pytest

from plugins.lovdata.laws import LAWS, Law
from plugins.lovdata.reference import LovdataError, Piece, cite
from tests.support.site import build_site_from

KSL = "https://lovdata.no/lov/2009-06-19-44"


def convert(text: str, **config: object) -> str:
    extension = "plugins.lovdata.extension"
    return markdown.markdown(text, extensions=[extension], extension_configs={extension: config})


def test_one_section_links_to_that_section():
    assert convert("Se [[krisesenterloven § 2]].") == (
        f'<p>Se <a class="lovdata" href="{KSL}/§2">krisesenterloven § 2</a>.</p>'
    )


def test_text_is_kept_as_written():
    assert cite("krisesenterloven §2", LAWS, "https://lovdata.no") == [
        Piece("krisesenterloven §2", f"{KSL}/§2")
    ]
    assert cite("Krisesenterloven § 4, første ledd", LAWS, "https://lovdata.no") == [
        Piece("Krisesenterloven § 4, første ledd", f"{KSL}/§4")
    ]


def test_section_letters_and_chapters():
    base = "https://lovdata.no"
    assert cite("straffeprosessloven § 222 a", LAWS, base)[0].href == (
        "https://lovdata.no/lov/1981-05-22-25/§222a"
    )
    assert cite("forskrift om fysisk sikkerhet § 4 bokstav a", LAWS, base) == [
        Piece(
            "forskrift om fysisk sikkerhet § 4 bokstav a",
            "https://lovdata.no/forskrift/2017-03-07-282/§4",
        )
    ]
    assert cite("pasient- og brukerrettighetsloven § 2-5", LAWS, base)[0].href == (
        "https://lovdata.no/lov/1999-07-02-63/§2-5"
    )
    assert cite("straffeloven § 57 femte ledd", LAWS, base) == [
        Piece("straffeloven § 57 femte ledd", "https://lovdata.no/lov/2005-05-20-28/§57")
    ]


def test_longest_law_name_wins():
    full = "forskrift om fysisk sikkerhet i krisesentertilbudet § 4 bokstav b"
    assert cite(full, LAWS, "https://lovdata.no") == [
        Piece(full, "https://lovdata.no/forskrift/2017-03-07-282/§4")
    ]


def test_several_sections_get_one_link_each():
    assert convert("([[krisesenterloven §§ 2 og 4]])") == (
        f'<p>(<span><a class="lovdata" href="{KSL}/§2">krisesenterloven §§ 2</a> og '
        f'<a class="lovdata" href="{KSL}/§4">4</a></span>)</p>'
    )
    pieces = cite("sosialtjenesteloven §§ 15, 27 og 28", LAWS, "https://lovdata.no")
    assert [piece.text for piece in pieces] == [
        "sosialtjenesteloven §§ 15",
        ", ",
        "27",
        " og ",
        "28",
    ]


def test_own_link_text_and_whole_act():
    assert convert("([[krisesenterloven § 4|§ 4, andre ledd]])") == (
        f'<p>(<a class="lovdata" href="{KSL}/§4">§ 4, andre ledd</a>)</p>'
    )
    assert convert("[[krisesenterloven]]") == (
        f'<p><a class="lovdata" href="{KSL}">krisesenterloven</a></p>'
    )


def test_options_change_address_and_class_and_laws():
    law = Law("testloven", "lov", "2000-01-01-1", sections=frozenset({"1"}))
    html = convert("[[testloven § 1]]", laws=(law,), base_url="https://example.org/", css_class="x")
    assert html == (
        '<p><a class="x" href="https://example.org/lov/2000-01-01-1/§1">testloven § 1</a></p>'
    )


def test_link_text_is_not_read_as_markdown():
    html = convert("[[krisesenterloven § 4|§ 4 *andre* ledd]]")
    assert ">§ 4 *andre* ledd</a>" in html


def test_ordinary_links_still_work():
    assert convert("[Lovdata](https://lovdata.no/) og [x][y]\n\n[y]: /y") == (
        '<p><a href="https://lovdata.no/">Lovdata</a> og <a href="/y">x</a></p>'
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[fooloven § 2]]", "Ukjent lov i [[fooloven § 2]]"),
        ("[[krisesenterlovens § 2]]", "Ukjent lov"),
        ("[[krisesenterloven § x]]", "Kan ikke lese paragrafen i [[krisesenterloven § x]]"),
        ("[[krisesenterloven § 2 og 4]]", "Kan ikke lese paragrafen"),
        (
            "[[krisesenterloven §§ 2 og 4|her]]",
            "egen lenketekst (etter |) går bare med én paragraf",
        ),
        (
            "[[forskrift om fysisk sikkerhet § 4 a]]",
            "§ 4a står ikke i tabellen for forskrift om fysisk sikkerhet i krisesentertilbudet",
        ),
        ("[[krisesenterloven §§ 2 og 8]]", "§ 8 står ikke i tabellen for krisesenterloven"),
        ("[[krisesenterloven § 8|§ 8]]", "§ 8 står ikke i tabellen"),
        ("[[straffeloven § 33]]", "(kjente paragrafer: § 57)"),
        ("[[forskrift om individuell plan § 1]]", "(kjente paragrafer: ingen (bare hele loven))"),
    ],
)
def test_references_that_cannot_be_linked_are_errors(text: str, message: str):
    with pytest.raises(LovdataError, match=re.escape(message)):
        convert(text)


def test_unknown_law_fails_the_build_naming_file_and_reference(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# Test\n", encoding="utf-8")
    (tmp_path / "docs/side.md").write_text("# Side\n\nSe [[boligloven § 3]].\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\nmarkdown_extensions:\n  - plugins.lovdata.extension\n", encoding="utf-8"
    )
    with pytest.raises(AssertionError) as failure:
        build_site_from(tmp_path / "mkdocs.yml", tmp_path / "site")
    output = str(failure.value)
    assert "Error reading page 'side.md'" in output
    assert "Ukjent lov i [[boligloven § 3]]" in output
    assert "Traceback" not in output
