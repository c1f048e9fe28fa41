"""The dashboard of a 200-learner class in a real browser (Debian's Chromium through Playwright):
it fits under 4,000 px, and the whole class is one click away, paged."""

import re

import pytest
from playwright.sync_api import expect

from studyapp.classrooms import ensure_user
from studyapp.demo import build_demo_class
from tests.test_browser import allow_orm_beside_playwright, browser  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "een-goed-wachtwoord-7"
MAX_HEIGHT = 4000  # issue 13: the 200-learner demo class renders under a screen height of 4,000 px


@pytest.fixture
def demo_class(shipped_bank):
    teacher = ensure_user("docent", role="teacher", password=PASSWORD)[0]
    shipped_bank.owner = teacher  # as seed_demo does: the edit links make rows taller, if anything
    shipped_bank.save(update_fields=["owner"])
    # 200 learners as in the demo class, 30 answers each instead of 300: the page's height
    # depends on learners, topics and items, not on how many answers lie behind the figures.
    return build_demo_class(teacher, shipped_bank, learners=200, answers=6000, name="Demoklas")


def test_the_dashboard_of_200_learners_fits_under_4000_px(
    browser,  # noqa: F811
    live_server,
    demo_class,
    shipped_bank,
):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30000)
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "docent")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("link", name="docent")).to_be_visible()

    page.goto(f"{live_server.url}/classes/{demo_class.pk}/?essay={shipped_bank.slug}")
    expect(page.get_by_role("heading", name="Demoklas")).to_be_visible()
    expect(page.locator("table.heatmap tbody tr")).to_have_count(10)
    expect(page.locator("table.items tbody tr")).to_have_count(5)  # the worst few items
    height = page.evaluate("document.body.scrollHeight")
    assert height < MAX_HEIGHT, f"the dashboard is {height} px tall"

    # The worst items link to the paged item list; every learner is one click away, paged.
    all_items = page.get_by_role("link", name=re.compile(r"Alle \d+ vragen met hun cijfers"))
    expect(all_items).to_be_visible()
    page.get_by_role("link", name="Alle 200 leerlingen per onderwerp").click()
    expect(page.get_by_role("heading", name="Leerlingen")).to_be_visible()
    expect(page.locator("table.heatmap tbody tr")).to_have_count(25)
    expect(page.get_by_text("pagina 1 van 8")).to_be_visible()
    page.get_by_role("link", name="volgende").click()
    expect(page.get_by_text("pagina 2 van 8")).to_be_visible()
    assert page.evaluate("document.body.scrollHeight") < MAX_HEIGHT
    context.close()
