import pytest
from django.urls import reverse

from studyapp.ingest import load_essay_bytes

pytestmark = pytest.mark.django_db


def test_the_essay_page_shows_every_passage_with_an_anchor(client, shipped_essay):
    response = client.get(reverse("essay_detail", args=[shipped_essay.slug]))
    assert response.status_code == 200
    html = response.content.decode()
    for number in range(1, 26):
        assert f'id="p-{number}"' in html
    assert "Door Peter Storm" in html
    assert "Kronstadt" in html


def test_footnote_markers_link_to_their_notes_and_stay_plain_without_one(client, shipped_essay):
    html = client.get(reverse("essay_detail", args=[shipped_essay.slug])).content.decode()
    # Note 3 is Ida Mett's brochure in the study pack: the marker links to it and back.
    assert '<sup class="footnote" id="fnref-3"><a href="#fn-3"' in html
    assert '<li id="fn-3">' in html and "Ida Mett" in html.split('<li id="fn-3">')[1][:200]
    assert 'href="#fnref-3"' in html
    # Note 4 has no source in the pack: a plain marker that leads nowhere is not a link.
    assert '<span class="footnote-marker">[4]</span>' in html
    assert 'href="#fn-4"' not in html


def test_the_byline_is_in_the_interface_language(client, shipped_essay):
    url = reverse("essay_detail", args=[shipped_essay.slug])
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "By Peter Storm" in english and "Door Peter Storm" not in english


def test_the_home_page_lists_the_essays(client, shipped_essay):
    response = client.get("/")
    assert shipped_essay.title in response.content.decode()


def test_the_home_page_says_what_to_do_when_there_are_no_essays(client):
    response = client.get("/")
    assert "load_essay" in response.content.decode()


def test_markup_in_an_essay_is_shown_as_text_not_run(client):
    essay = load_essay_bytes(
        b"Een alinea met <script>alert('x')</script> erin.",
        "x.txt",
        slug="xss",
        title="<b>Titel</b>",
        language="nl",
    ).essay
    html = client.get(reverse("essay_detail", args=[essay.slug])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<b>Titel</b>" not in html


def test_an_unknown_essay_is_a_404(client):
    assert client.get(reverse("essay_detail", args=["bestaat-niet"])).status_code == 404


def test_the_stylesheet_is_served_by_the_app(client):
    response = client.get("/static/studyapp/studyapp.css")
    assert response.status_code == 200
    assert b"--accent" in b"".join(response.streaming_content)


def test_the_interface_switches_to_english(client, shipped_essay):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get("/").content.decode()
    assert "Essays" in html
    assert '<html lang="en">' in html


def test_the_favicon_is_served(client):
    response = client.get("/favicon.ico", follow=True)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body[:4] == b"\x00\x00\x01\x00"  # an ICO file
