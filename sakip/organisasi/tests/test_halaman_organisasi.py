"""Login, landing pages, the office list, error pages and the admin."""

import pytest
from django.urls import reverse

from sakip.organisasi.akses import satker_yang_dapat_dibaca

pytestmark = pytest.mark.django_db


def test_login_page_is_in_indonesian_and_uses_local_assets(client, demo):
    r = client.get(reverse("login"))
    html = r.content.decode()
    assert r.status_code == 200
    assert '<html lang="id">' in html
    assert "Masuk ke SAKIP" in html and "Kata sandi" in html
    assert "/static/vendor/bootstrap/bootstrap.min.css" in html
    assert "http://" not in html.replace("http://www.w3.org", "")
    assert "https://" not in html


def test_wrong_password_gives_a_clear_message(client, demo):
    r = client.post(reverse("login"), {"username": "perencana", "password": "salah"})
    assert r.status_code == 200
    assert "Nama pengguna atau kata sandi salah" in r.content.decode()


def test_demo_user_logs_in_and_lands_on_the_dashboard(client, demo):
    r = client.post(
        reverse("login"), {"username": "pic-teknis", "password": "sakip-demo"}, follow=True
    )
    assert r.redirect_chain[-1][0] == "/satker/3674/2023/"
    assert "Capaian Kinerja Tahun 2023" in r.content.decode()


def test_evaluator_lands_on_the_offices_below(client, evaluator):
    client.force_login(evaluator)
    r = client.get(reverse("beranda"), follow=True)
    assert r.redirect_chain[-1][0] == "/satker/"
    assert [s.kode for s in r.context["daftar"]] == ["36", "3674"]


def test_member_sees_only_its_office(client, pic, kantor_lain):
    client.force_login(pic)
    r = client.get(reverse("daftar_satker"))
    assert [s.kode for s in r.context["daftar"]] == ["3674"]


def test_evaluator_reads_every_office_below_including_new_ones(evaluator, kantor_lain):
    assert sorted(satker_yang_dapat_dibaca(evaluator).values_list("kode", flat=True)) == [
        "36",
        "3671",
        "3674",
    ]


def test_user_without_office_gets_a_clear_403(client, django_user_model, demo):
    user = django_user_model.objects.create_user("tamu", password="rahasia-123")
    client.force_login(user)
    r = client.get(reverse("beranda"))
    assert r.status_code == 403
    assert "belum terdaftar di satuan kerja" in r.content.decode()


def test_unknown_url_is_a_friendly_404(client, pic):
    client.force_login(pic)
    r = client.get("/tidak-ada/")
    assert r.status_code == 404
    assert "Halaman tidak ditemukan" in r.content.decode()
    assert "Traceback" not in r.content.decode()


def test_admin_is_for_staff_only(client, pic, demo, django_user_model):
    client.force_login(pic)
    assert client.get("/admin/").status_code == 302
    client.force_login(django_user_model.objects.get(username="admin"))
    assert client.get("/admin/perencanaan/indikator/").status_code == 200


def test_logout_requires_post(client, pic):
    client.force_login(pic)
    assert client.get(reverse("logout")).status_code == 405
    r = client.post(reverse("logout"))
    assert r.status_code == 302
