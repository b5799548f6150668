"""The page of the checks on an office's data: who may read it and what it shows."""

import pytest
from django.urls import reverse

from conftest import muat_anggaran_demo
from sakip.perencanaan.models import BarisPK, Indikator

URL = reverse("pemeriksa:data", kwargs={"kode": "3674", "tahun": 2023})


@pytest.fixture(autouse=True)
def _hari(settings):
    settings.SAKIP_HARI_INI = "2024-04-10"


@pytest.fixture
def kantor(demo):
    muat_anggaran_demo(demo)
    return demo


def test_the_url_of_an_office_and_year():
    assert URL == "/periksa/data/3674/2023/"


def test_anonymous_visitors_are_sent_to_the_login_page(client, kantor):
    r = client.get(URL)
    assert r.status_code == 302
    assert r.url == f"{reverse('login')}?next={URL}"


@pytest.mark.parametrize("peran", ["pimpinan", "perencana", "pic", "verifikator", "evaluator"])
def test_members_and_the_evaluator_above_read_it(client, kantor, peran, request):
    client.force_login(request.getfixturevalue(peran))
    assert client.get(URL).status_code == 200


@pytest.mark.parametrize("peran", ["orang_luar", "evaluator_lain"])
def test_another_office_and_another_province_get_404(client, kantor, peran, request):
    client.force_login(request.getfixturevalue(peran))
    assert client.get(URL).status_code == 404


def test_an_unknown_office_or_a_year_without_data_is_404(client, kantor, perencana):
    client.force_login(perencana)
    assert client.get(reverse("pemeriksa:data", args=["9999", 2023])).status_code == 404
    assert client.get(reverse("pemeriksa:data", args=["3674", 2019])).status_code == 404
    assert client.get(reverse("pemeriksa:data", args=["3674", 1900])).status_code == 404


def test_it_shows_the_summary_and_the_findings_by_kind_with_links(client, kantor, perencana):
    irb = Indikator.objects.get(nama="Indeks Reformasi Birokrasi")
    BarisPK.objects.filter(indikator=irb).update(target=95)
    client.force_login(perencana)
    r = client.get(URL)
    html = r.content.decode()
    assert r.context["jumlah_galat"] == 5
    assert r.context["jumlah_peringatan"] == 0
    assert [(kind, len(daftar)) for kind, _, daftar in r.context["kelompok"]] == [
        ("bukti", 4),
        ("target", 1),
    ]
    assert (
        '<span class="badge text-bg-danger" data-testid="jumlah-error">5 galat</span>, '
        '<span class="badge text-bg-success" data-testid="jumlah-warning">0 peringatan</span>'
    ) in html
    assert 'Bukti dukung wajib <span class="text-secondary fw-normal">(4)</span>' in html
    assert (
        'Target PK berbeda dari Renstra/RKT <span class="text-secondary fw-normal">(1)</span>'
        in html
    )
    assert html.count('<span class="badge text-bg-danger">Galat</span>') == 5
    assert "seharusnya: <strong>85</strong> · tercatat: <strong>95</strong>" in html
    laporan = Indikator.objects.get(nama__startswith="Persentase Ketepatan waktu pelaporan")
    assert (
        f'<a href="/pengukuran/3674/indikator/{laporan.pk}/2023/tw2/" data-testid="tautan-perbaiki">'
        "Perbaiki: Realisasi TW II 2023 · indikator 2.3</a>"
    ) in html


def test_a_clean_year_says_so(client, kantor, perencana):
    Indikator.objects.update(wajib_bukti=False)
    client.force_login(perencana)
    html = client.get(URL).content.decode()
    assert "0 galat</span>, " in html
    assert "Data tahun 2023 lengkap dan konsisten: tidak ada galat maupun peringatan." in html
