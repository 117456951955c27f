"""The article "Oppfølging etter oppholdet" keeps the structure of the client's document."""

SECTIONS = [
    "Kartlegg hvilken støtte og oppfølging brukeren trenger",
    "Tiltak i regi av krisesenteret",
    "Fortsatte samtaler",
    "Fortsatt hjelp fra andre tjenester",
    "Koordinering etter oppholdet",
    "Sikkerhet etter oppholdet",
    "Når skal du avslutte kontakten?",
]
SUBSECTIONS = [
    "Oppdater sikkerhetsplan",
    "Trekk deg gradvis ut",
    "Forbered brukeren",
    "Forbered deg selv",
]


def test_all_headings(article):
    page = article("oppfolging-etter-oppholdet.html")
    assert page.find("h1").text() == "Oppfølging etter oppholdet"
    assert [h.text() for h in page.find_all("h2")] == [*SECTIONS, "Les også"]
    assert [h.text() for h in page.find_all("h3")] == SUBSECTIONS


def test_jump_list_links_to_each_section(article):
    page = article("oppfolging-etter-oppholdet.html")
    ids = {h.text(): h.attrs["id"] for h in page.find_all("h2")}
    jump_list = page.find("ul")
    assert [(a.text(), a.attrs["href"]) for a in jump_list.find_all("a")] == [
        (title, f"#{ids[title]}") for title in SECTIONS
    ]


def test_both_quotes_are_blockquotes(article):
    quotes = [q.text() for q in article("oppfolging-etter-oppholdet.html").find_all("blockquote")]
    assert len(quotes) == 2
    assert quotes[0].startswith('"Jeg bruker krisesenteret fortsatt.')
    assert quotes[1] == (
        '"Jeg vil ha behov for krisesenteret i lang tid. Det kommer nye overraskelser hver dag."'
    )


def test_source_links_lead_somewhere(article):
    page = article("oppfolging-etter-oppholdet.html")
    links = {a.text(): a.attrs["href"] for a in page.find_all("a")}
    assert links["Kilder brukt i artikkelen"] == "kilder.html#oppfølging-etter-oppholdet"
    assert links["krisesenterloven §§ 2"] == "https://lovdata.no/lov/2009-06-19-44/§2"
    assert links["4"] == "https://lovdata.no/lov/2009-06-19-44/§4"


def test_read_more_links_say_where_they_go(article):
    """The client's «Les mer om …» lines stay as they are; the link after them names its page."""
    page = article("oppfolging-etter-oppholdet.html")
    read_more = {
        p.text().split(":")[0]: (p.find("a").text(), p.find("a").attrs["href"])
        for p in page.find_all("p")
        if p.text().startswith("Les mer om")
    }
    assert read_more == {
        "Les mer om samtaletilbudet (dagtilbudet)": (
            "Krisesenterveilederen (Bufdir)",
            "https://www.bufdir.no/fagstotte/produkter/"
            "krisesenterveileder_faglig_veileder_for_innholdet_i_krisesentertilbudet/",
        ),
        "Les mer om arbeid med sikkerhet": (
            "Sikkerhetstiltak i regi av politiet eller domstolene (Bufdir)",
            "https://www.bufdir.no/vold/Krisesenterveileder/Under_oppholdet/Arbeid_med_sikkerhet/"
            "Sikkerhetsarbeid_under_oppholdet/Sikkerhetstiltak_i_regi_av_politiet_eller_domstolene/",
        ),
    }


def test_the_page_says_it_is_the_clients_text_and_what_we_added(article):
    page = article("oppfolging-etter-oppholdet.html")
    source = page.find("p", "page-source").text()
    assert "hentet ordrett fra Bufdirs Krisesenterveileder" in source
    assert "«Les også»" in source
    # Above the client's first paragraph, not inside it.
    paragraphs = [p.attrs.get("class") for p in page.find_all("p")]
    assert paragraphs[:2] == ["page-audience", "page-source"]
