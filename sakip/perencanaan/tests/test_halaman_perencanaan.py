"""Renstra, IKU and PK pages: content and who may see them."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

HALAMAN = [("renstra", ["3674"]), ("iku", ["3674", 2023]), ("pk", ["3674", 2023])]


@pytest.mark.parametrize(("nama", "args"), HALAMAN)
@pytest.mark.parametrize("peran", ["pimpinan", "perencana", "pic", "verifikator", "evaluator"])
def test_members_and_parent_evaluator_may_read(client, request, nama, args, peran):
    client.force_login(request.getfixturevalue(peran))
    assert client.get(reverse(nama, args=args)).status_code == 200


@pytest.mark.parametrize(("nama", "args"), HALAMAN)
@pytest.mark.parametrize("peran", ["orang_luar", "evaluator_lain"])
def test_outsiders_get_404(client, request, nama, args, peran):
    client.force_login(request.getfixturevalue(peran))
    assert client.get(reverse(nama, args=args)).status_code == 404


@pytest.mark.parametrize(("nama", "args"), HALAMAN)
def test_anonymous_goes_to_login(client, demo, nama, args):
    r = client.get(reverse(nama, args=args))
    assert r.status_code == 302 and r.url.startswith("/masuk/")


def test_renstra_shows_visi_misi_tujuan_and_sasaran(client, perencana):
    client.force_login(perencana)
    html = client.get(reverse("renstra", args=["3674"])).content.decode()
    assert "Renstra 2020–2024" in html
    assert (
        "Menjadi Penyelenggara Pemilu Serentak yang Mandiri, Profesional dan Berintegritas" in html
    )
    isi = html[html.index('<main id="isi"') :]
    assert isi.count("<li>") == 6 + 4  # misi and tujuan
    assert "Pemutakhiran Data Pemilih" in html


def test_iku_lists_the_14_indicators_with_their_2023_targets(client, perencana):
    client.force_login(perencana)
    r = client.get(reverse("iku", args=["3674", 2023]))
    assert len(r.context["indikator"]) == 14
    html = r.content.decode()
    assert ">85<" in html and ">BB<" in html


def test_pk_shows_rows_signatories_and_the_computed_total(client, pimpinan):
    client.force_login(pimpinan)
    r = client.get(reverse("pk", args=["3674", 2023]))
    html = r.content.decode()
    assert len(r.context["baris"]) == 14
    assert "DINA KURNIA SARI UTAMI" in html
    assert "31 Januari 2023" in html
    assert "27.210.270.000" in html and "2.386.218.000" in html
    assert ">29.596.488.000<" in html
    assert (
        "dua puluh sembilan miliar lima ratus sembilan puluh enam juta empat ratus delapan puluh "
        "delapan ribu rupiah" in html
    )


def test_year_without_pk_says_so(client, pimpinan):
    client.force_login(pimpinan)
    html = client.get(reverse("pk", args=["3674", 2021])).content.decode()
    assert "Belum ada Perjanjian Kinerja tahun 2021" in html
