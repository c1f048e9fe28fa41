"""The author reviews a drafted pack in a real browser (Debian's Chromium through Playwright)."""

import pytest
from playwright.sync_api import expect

from studyapp.classrooms import ensure_user
from studyapp.drafting import draft_study_pack
from studyapp.generation import generate_bank
from studyapp.ingest import load_essay_file
from studyapp.models import Essay, Person, Question

from .conftest import ROOT
from .test_browser import allow_orm_beside_playwright, browser  # noqa: F401 (fixtures)


@pytest.fixture
def author_page(browser, live_server):  # noqa: F811
    author = ensure_user("auteur", role="teacher", password="een-goed-wachtwoord-8")[0]
    essay = load_essay_file(ROOT / "tests" / "data" / "watersnood.txt", slug="ramp").essay
    Essay.objects.filter(pk=essay.pk).update(owner=author, status=Essay.Status.DRAFT)
    draft_study_pack(essay)
    generate_bank(essay)
    context = browser.new_context(locale="nl-NL", viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill("auteur")
    page.get_by_label("Wachtwoord").fill("een-goed-wachtwoord-8")
    page.get_by_role("button", name="Inloggen").click()
    yield page, essay
    context.close()


def test_the_author_accepts_edits_generates_and_publishes(author_page, live_server):
    page, essay = author_page
    page.goto(f"{live_server.url}/essays/ramp/review/")
    expect(page.get_by_role("heading", name="Personen")).to_be_visible()
    first = page.locator("#kind-people [data-item]").first
    expect(first.locator("mark")).to_be_visible()

    # Accept with the keyboard: focus the item and press "a".
    person_id = int(first.get_attribute("id").rsplit("-", 1)[1])
    first.focus()
    page.keyboard.press("a")
    page.wait_for_url("**/review/**")
    expect(page.locator(f"#item-people-{person_id}")).to_have_attribute("data-status", "accepted")
    assert Person.objects.get(pk=person_id).review_status == "accepted"

    # Edit a person's role; the span must still stand in the passage.
    item = page.locator(f"#item-people-{person_id}")
    item.get_by_text("Bewerken").click()
    item.locator("textarea[name=role]").fill("een persoon die het essay noemt")
    item.get_by_role("button", name="Opslaan en accepteren").click()
    expect(page.locator(f"#item-people-{person_id} .fields")).to_contain_text(
        "een persoon die het essay noemt"
    )
    item = page.locator(f"#item-people-{person_id}")
    item.get_by_text("Bewerken").click()
    item.locator("textarea[name=span]").fill("deze woorden staan nergens")
    item.get_by_role("button", name="Opslaan en accepteren").click()
    expect(page.locator(".messages")).to_contain_text("letterlijk")

    # Accept the quote too, then generate from the accepted items and publish.
    quote = page.locator("#kind-quotes [data-item]").first
    quote.get_by_role("button", name="Accepteren").click()
    page.get_by_role("button", name="Vragen maken uit de geaccepteerde items").click()
    expect(page.locator(".messages")).to_contain_text("de geaccepteerde items")
    origins = set(
        Question.objects.filter(essay=essay, status="active").values_list("origin", flat=True)
    )
    # Only what the author accepted is asked about: the two people and the quote's work.
    assert origins and all(o.split(":")[0] in {"person", "quote", "work"} for o in origins)
    page.get_by_role("button", name="Publiceren").click()
    expect(page.locator(".messages")).to_contain_text("gepubliceerd")
    essay.refresh_from_db()
    assert essay.status == Essay.Status.PUBLISHED


def test_selecting_words_in_a_passage_fills_the_add_form(author_page, live_server):
    page, essay = author_page
    page.goto(f"{live_server.url}/essays/ramp/review/#add")
    passage = page.locator("[data-passage='5'] p")
    # Select a sentence with the mouse's selection API, as a reader's drag would.
    page.evaluate(
        """() => {
        const p = document.querySelector("[data-passage='5'] p");
        const text = p.firstChild;
        const start = text.data.indexOf("Koningin Beatrix");
        const end = text.data.indexOf("1986.") + 5;
        const range = document.createRange();
        range.setStart(text, start); range.setEnd(text, end);
        const selection = window.getSelection();
        selection.removeAllRanges(); selection.addRange(range);
        }"""
    )
    passage.dispatch_event("mouseup")
    form = page.locator("[data-add-form]")
    expect(form.locator("textarea[name=span]")).to_have_value(
        "Koningin Beatrix opende de Oosterscheldekering op 4 oktober 1986."
    )
    form.locator("select[name=kind]").select_option("events")
    form.get_by_role("button", name="Toevoegen en accepteren").click()
    expect(page.locator(".messages")).to_contain_text("Toegevoegd en geaccepteerd")
    assert essay.event_items.filter(year=1986, review_status="accepted").exists()
