"""The dashboard and indicator pages: what they show and who may see them."""

import re

import pytest
from django.urls import reverse

from sakip.lib.angka import bulatkan
from sakip.perencanaan.models import Indikator

pytestmark = pytest.mark.django_db


def _dasbor(client, user, kode="3674", tahun=2023):
    client.force_login(user)
    return client.get(reverse("dasbor", args=[kode, tahun]))


@pytest.mark.parametrize("peran", ["pimpinan", "perencana", "pic", "verifikator", "evaluator"])
def test_office_members_and_the_provincial_evaluator_see_the_dashboard(client, request, peran):
    r = _dasbor(client, request.getfixturevalue(peran))
    assert r.status_code == 200
    html = r.content.decode()
    assert "Capaian Kinerja Tahun 2023" in html
    assert 'data-testid="jumlah-indikator">14<' in html
    assert 'data-testid="jumlah-sasaran">8<' in html


def test_the_table_shows_capaian_and_category_by_the_rules(client, pimpinan):
    baris = _dasbor(client, pimpinan).context["baris"]
    ringkas = {b.indikator.nama: (str(bulatkan(b.capaian)), b.kategori) for b in baris}
    assert ringkas["Indeks Reformasi Birokrasi"] == ("94.12", "Berhasil")
    assert ringkas["Nilai Akuntabilitas Kinerja"] == ("85.71", "Cukup Berhasil")


def test_the_page_prints_indonesian_numbers(client, pimpinan):
    html = _dasbor(client, pimpinan).content.decode()
    assert "94,12 %" in html
    assert "85,71 %" in html
    assert ">BB<" in html and ">B<" in html


def test_category_distribution(client, pimpinan):
    sebaran = dict(_dasbor(client, pimpinan).context["sebaran"])
    assert sebaran == {
        "Sangat Berhasil": 0,
        "Berhasil": 12,
        "Cukup Berhasil": 2,
        "Kurang Berhasil": 0,
        "Tidak Berhasil": 0,
    }


def test_the_chart_is_an_inline_svg_served_by_the_app(client, pimpinan):
    html = _dasbor(client, pimpinan).content.decode()
    assert "<svg" in html
    assert "cdn" not in html.lower()


def test_another_office_gets_404(client, orang_luar):
    assert _dasbor(client, orang_luar).status_code == 404


def test_an_evaluator_of_another_province_gets_404(client, evaluator_lain):
    assert _dasbor(client, evaluator_lain).status_code == 404


def test_anonymous_is_sent_to_login(client, demo):
    r = client.get(reverse("dasbor", args=["3674", 2023]))
    assert r.status_code == 302
    assert r.url.startswith("/masuk/?next=")


def test_unknown_office_is_404_with_a_clear_page(client, pimpinan):
    r = _dasbor(client, pimpinan, kode="9999")
    assert r.status_code == 404
    assert "Halaman tidak ditemukan" in r.content.decode()


def test_year_out_of_range_is_404(client, pimpinan):
    assert _dasbor(client, pimpinan, tahun=1850).status_code == 404


def test_year_without_data_says_so(client, pimpinan):
    r = _dasbor(client, pimpinan, tahun=2019)
    assert r.status_code == 200
    assert "Belum ada Perjanjian Kinerja atau target untuk tahun 2019" in r.content.decode()


def test_office_landing_redirects_to_the_latest_measured_year(client, pimpinan):
    client.force_login(pimpinan)
    r = client.get(reverse("satker", args=["3674"]))
    assert r.status_code == 302
    assert r.url == "/satker/3674/2023/"


def _indikator(nama="Indeks Reformasi Birokrasi"):
    return Indikator.objects.get(nama=nama)


def test_indicator_page_shows_definition_and_capaian(client, perencana):
    client.force_login(perencana)
    r = client.get(reverse("indikator", args=["3674", _indikator().pk]))
    assert r.status_code == 200
    html = r.content.decode()
    assert "Pengukuran nominal dari Indeks Reformasi Birokrasi" in html
    assert "94,12 %" in html
    assert "2023-TW4" in html


def test_indicator_of_another_office_is_404_even_with_a_right_office_code(
    client, orang_luar, kantor_lain
):
    client.force_login(orang_luar)
    # the outsider's own office code with 3674's indicator id
    r = client.get(reverse("indikator", args=[kantor_lain.kode, _indikator().pk]))
    assert r.status_code == 404


def test_unknown_indicator_id_is_404(client, perencana):
    client.force_login(perencana)
    assert client.get(reverse("indikator", args=["3674", 999999])).status_code == 404


def test_malformed_ids_in_the_url_are_404(client, perencana):
    client.force_login(perencana)
    assert client.get("/satker/3674/indikator/abc/").status_code == 404
    assert client.get("/satker/3674/20x3/").status_code == 404


def test_a_partly_measured_year_says_so_and_empty_rows_are_not_called_errors(client, pimpinan):
    html = _dasbor(client, pimpinan, tahun=2024).content.decode()
    assert "Realisasi tahun 2024 baru tercatat sampai triwulan 1" in html
    assert "belum ada realisasi" in html
    assert "tidak dapat dihitung" not in html


def test_a_fully_measured_year_has_no_partial_note(client, pimpinan):
    assert 'data-testid="catatan-triwulan"' not in _dasbor(client, pimpinan).content.decode()


def test_an_office_on_another_scale_gets_colours_by_band_place_not_grey(client, pimpinan, demo):
    """Three bands of its own: best green, middle yellow, worst red; none of the KPU names."""
    from decimal import Decimal

    from sakip.lib.skala import Pita, Skala

    demo.skala_capaian = Skala(
        "Skala tiga pita",
        [
            Pita("Rendah", Decimal(0), Decimal(80)),
            Pita("Sedang", Decimal(80), Decimal(95)),
            Pita("Tinggi", Decimal(95), None),
        ],
    ).as_data()
    demo.save()
    r = _dasbor(client, pimpinan)
    assert dict(r.context["sebaran"]) == {"Tinggi": 11, "Sedang": 3, "Rendah": 0}
    html = r.content.decode()
    # each indicator's badge appears twice: in the table and in the phone layout's card
    assert html.count('<span class="badge text-bg-success bg-success">Tinggi</span>') == 2 * 11
    assert html.count('<span class="badge text-bg-warning bg-warning">Sedang</span>') == 2 * 3
    for label, css in (("Tinggi", "success"), ("Sedang", "warning"), ("Rendah", "danger")):
        assert f'<span class="badge text-bg-{css} bg-{css}">&nbsp;</span> {label}' in html
    assert "bg-secondary" not in html


def test_unapproved_values_show_their_state_and_stay_out_of_the_spread(client, pimpinan):
    html = _dasbor(client, pimpinan, tahun=2024).content.decode()
    # desktop table and phone list each mark the 8 values not yet approved
    assert html.count('data-status-tahunan="draf"') == 2 * 2
    assert html.count('data-status-tahunan="diajukan"') == 2 * 3
    assert html.count('data-status-tahunan="terverifikasi"') == 2 * 2
    assert html.count('data-status-tahunan="dikembalikan"') == 2 * 1
    sebaran = html.split('data-testid="sebaran"')[1].split("</ul>")[0]
    assert sum(int(n) for n in re.findall(r"<strong>(\d+) indikator</strong>", sebaran)) == 1
