"""A teacher invites a colleague in a real browser; the colleague signs up with the link."""

from playwright.sync_api import expect

from studyapp.classrooms import ensure_user, is_teacher
from studyapp.models import TeacherInvitation

from .test_browser import allow_orm_beside_playwright, browser  # noqa: F401  (fixtures)


def test_a_teacher_invites_a_colleague_who_signs_up_with_the_link(browser, live_server):  # noqa: F811
    from django.contrib.auth import get_user_model

    ensure_user("meester", role="teacher", password="een-goed-wachtwoord-8")
    inviter = browser.new_context(locale="nl-NL")
    page = inviter.new_page()
    page.set_default_timeout(15000)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill("meester")
    page.get_by_label("Wachtwoord").fill("een-goed-wachtwoord-8")
    page.get_by_role("button", name="Inloggen").click()
    page.goto(f"{live_server.url}/classes/")
    page.get_by_role("link", name="Een docent uitnodigen").click()
    page.get_by_label("E-mailadres van de docent").fill("collega@school.nl")
    page.get_by_role("button", name="Uitnodigingslink maken").click()
    link = page.get_by_label("Uitnodigingslink").input_value()
    expect(page.get_by_role("row", name="collega@school.nl")).to_contain_text("open")
    inviter.close()

    newcomer = browser.new_context(locale="nl-NL")
    page = newcomer.new_page()
    page.set_default_timeout(15000)
    page.goto(link)
    expect(page.get_by_role("heading", name="Uitnodiging als docent")).to_be_visible()
    page.get_by_label("Gebruikersnaam").fill("collega")
    page.get_by_label("Wachtwoord", exact=True).fill("een-ander-wachtwoord-9")
    page.get_by_label("Bevestiging wachtwoord").fill("een-ander-wachtwoord-9")
    page.get_by_role("button", name="Aanmelden als docent").click()
    expect(page.locator(".messages")).to_contain_text("je bent nu docent")
    expect(page.get_by_role("button", name="Klas maken")).to_be_visible()
    assert is_teacher(get_user_model().objects.get(username="collega"))
    assert TeacherInvitation.objects.get().used_at is not None
    page.goto(link)
    expect(page.get_by_role("alert")).to_contain_text("al gebruikt")
    newcomer.close()
