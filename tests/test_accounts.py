"""Accounts: log in and out, change and reset a password (mail goes to the console backend)."""

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db


def test_log_in_and_out_with_the_form(client, learner):
    response = client.post(
        "/accounts/login/", {"username": "leerling", "password": "geheim-wachtwoord-1"}
    )
    assert response.status_code == 302
    assert client.get("/me/progress/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/me/progress/").status_code == 302


def test_change_password(client, learner):
    client.force_login(learner)
    response = client.post(
        "/accounts/password_change/",
        {
            "old_password": "geheim-wachtwoord-1",
            "new_password1": "Een-nieuw-en-lang-wachtwoord-7",
            "new_password2": "Een-nieuw-en-lang-wachtwoord-7",
        },
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password("Een-nieuw-en-lang-wachtwoord-7")


def test_reset_password_by_mail(client, learner):
    learner.email = "leerling@example.org"
    learner.save()
    client.post("/accounts/password_reset/", {"email": "leerling@example.org"})
    assert len(mail.outbox) == 1
    link = re.search(r"(/accounts/reset/\S+/\S+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_url,
        {
            "new_password1": "Weer-een-nieuw-wachtwoord-9",
            "new_password2": "Weer-een-nieuw-wachtwoord-9",
        },
    )
    assert done.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password("Weer-een-nieuw-wachtwoord-9")


def test_a_used_reset_link_says_why_it_no_longer_works_and_offers_a_new_one(client, learner):
    learner.email = "leerling@example.org"
    learner.save()
    client.post("/accounts/password_reset/", {"email": "leerling@example.org"})
    link = re.search(r"(/accounts/reset/\S+/\S+/)", mail.outbox[0].body).group(1)
    set_url = client.get(link, follow=True).redirect_chain[-1][0]
    password = "Weer-een-nieuw-wachtwoord-9"
    client.post(set_url, {"new_password1": password, "new_password2": password})
    client.logout()
    page = client.get(link, follow=True).content.decode()
    assert "Wachtwoordherinitialisatie" not in page  # Django's own title
    assert "<title>Deze link is niet meer geldig" in page
    assert "al gebruikt of is ouder dan dat" in page and "3\xa0dagen geldig" in page
    assert 'href="/accounts/password_reset/"' in page


def test_a_reset_link_says_how_long_it_lasts_from_the_setting(client, learner, settings):
    settings.PASSWORD_RESET_TIMEOUT = 60 * 60
    page = client.get("/accounts/reset/MQ/nep-token/").content.decode()
    assert "1\xa0uur geldig" in page
