"""Login, landing pages, the office list, error pages and the admin."""

import pytest
from django.urls import reverse

from sakip.lib.angka import bulatkan
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
    # the roll-up of the offices below the evaluator's own
    assert r.context["atas"].kode == "36"
    assert [b.satker.kode for b in r.context["baris"]] == ["3674"]


def test_member_sees_only_its_office(client, pic, kantor_lain):
    client.force_login(pic)
    r = client.get(reverse("daftar_satker"))
    assert r.context["atas"] is None
    assert [b.satker.kode for b in r.context["baris"]] == ["3674"]


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


def test_admin_is_for_the_national_superuser_only(client, pic, demo, django_user_model):
    client.force_login(pic)
    assert client.get("/admin/").status_code == 302
    # the office Admin manages its office on its own pages, not in the Django admin
    admin_kantor = django_user_model.objects.get(username="admin")
    assert not admin_kantor.is_superuser and not admin_kantor.is_staff
    assert admin_kantor.keanggotaan.peran == "admin"
    assert admin_kantor.keanggotaan.satker.kode == "3674"
    client.force_login(admin_kantor)
    assert client.get("/admin/").status_code == 302
    nasional = django_user_model.objects.get(username="nasional")
    assert nasional.is_superuser and not hasattr(nasional, "keanggotaan")
    client.force_login(nasional)
    assert client.get("/admin/perencanaan/indikator/").status_code == 200


def test_logout_requires_post(client, pic):
    client.force_login(pic)
    assert client.get(reverse("logout")).status_code == 405
    r = client.post(reverse("logout"))
    assert r.status_code == 302


def test_evaluator_compares_the_offices_of_a_year(client, evaluator, kantor_lain):
    client.force_login(evaluator)
    r = client.get(reverse("daftar_satker"))
    assert r.context["tahun_dipilih"] == 2023
    ringkas = {b.satker.kode: b for b in r.context["baris"]}
    assert ringkas["3674"].indikator == 14
    assert str(bulatkan(ringkas["3674"].rata_capaian)) == "96.63"
    assert dict(ringkas["3674"].kategori)["Cukup Berhasil"] == 2
    assert ringkas["3671"].indikator == 0
    html = r.content.decode()
    assert "96,63 %" in html and "belum ada PK" in html
    assert "/periksa/data/3674/2023/" in html


@pytest.mark.parametrize("tahun", ["abc", "1999", "20233"])
def test_a_malformed_year_in_the_office_list_is_404(client, evaluator, tahun):
    client.force_login(evaluator)
    assert client.get(reverse("daftar_satker"), {"tahun": tahun}).status_code == 404


def test_a_year_without_pk_or_realisation_has_no_capaian(client, evaluator):
    client.force_login(evaluator)
    r = client.get(reverse("daftar_satker"), {"tahun": "2021"})
    assert r.status_code == 200
    ringkas = {b.satker.kode: (b.indikator, b.rata_capaian) for b in r.context["baris"]}
    # 2021 lies in the Renstra 2020–2024, so its indicators are listed, unmeasured
    assert ringkas == {"3674": (14, None)}
