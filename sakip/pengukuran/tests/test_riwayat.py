"""The indicator page shows who changed what (old → new) and the workflow comments."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from sakip.pengukuran import services
from sakip.pengukuran.models import Realisasi
from sakip.pengukuran.riwayat import riwayat_indikator

from .conftest import HARI, LOGISTIK, indikator, isi_nilai, pdf

pytestmark = pytest.mark.django_db


def test_history_lists_changes_old_to_new_newest_first(pic, verifikator):
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    isi_nilai(pic, LOGISTIK, nilai="95", kendala="Cuaca.")
    services.tambah_bukti(pic, r.pk, pdf("ba"), hari_ini=HARI)
    services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    services.kembalikan(
        verifikator,
        r.pk,
        "Lampirkan foto.",
        versi=Realisasi.objects.get(pk=r.pk).versi,
        hari_ini=HARI,
    )
    entri = [e for e in riwayat_indikator(indikator(LOGISTIK)) if e.objek.endswith("TW II 2024")]
    ringkas = [
        (e.pengguna, e.jenis, e.objek, [(p.kolom, p.lama, p.baru) for p in e.perubahan])
        for e in entri
    ]
    assert ringkas == [
        (
            "kasubbag-keuangan",
            "mengubah",
            "Realisasi TW II 2024",
            [("status", "Diajukan", "Dikembalikan")],
        ),
        ("pic-keuangan", "mengubah", "Realisasi TW II 2024", [("status", "Draf", "Diajukan")]),
        (
            "pic-keuangan",
            "mengunggah",
            "Bukti dukung TW II 2024",
            [
                ("nama berkas", "—", "ba.pdf"),
                ("jenis", "—", "dokumen PDF"),
                ("ukuran", "—", "50 bita"),
            ],
        ),
        (
            "pic-keuangan",
            "mengubah",
            "Realisasi TW II 2024",
            [("nilai", "90", "95"), ("kendala", "—", "Cuaca.")],
        ),
        (
            "pic-keuangan",
            "membuat",
            "Realisasi TW II 2024",
            [("nilai", "—", "90"), ("status", "—", "Draf")],
        ),
    ]


def test_formula_and_target_changes_are_in_the_history(perencana):
    ind = indikator(LOGISTIK)
    ind.rumus = "siap / total * 100"
    ind._history_user = perencana
    ind.save()
    target = ind.target.get(tahun=2024, triwulan=None)
    target.nilai = 95
    target._history_user = perencana
    target.save()
    entri = riwayat_indikator(ind)[:2]
    assert [
        (e.pengguna, e.objek, [(p.kolom, p.lama, p.baru) for p in e.perubahan]) for e in entri
    ] == [
        ("perencana", "Target 2024", [("nilai", "100", "95")]),
        ("perencana", "Indikator", [("rumus realisasi", "—", "(Siap ÷ Total) × 100")]),
    ]


def test_the_indicator_page_shows_history_and_comments(client, pic, verifikator, perencana):
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    services.kembalikan(
        verifikator,
        r.pk,
        "Lampirkan foto gudang.",
        versi=Realisasi.objects.get(pk=r.pk).versi,
        hari_ini=HARI,
    )
    client.force_login(perencana)
    html = client.get(reverse("indikator", args=["3674", indikator(LOGISTIK).pk])).content.decode()
    assert "“Lampirkan foto gudang.” — kasubbag-keuangan" in html
    assert 'data-testid="riwayat"' in html
    assert "<strong>kasubbag-keuangan</strong> mengubah Realisasi TW II 2024" in html
    assert reverse("pengukuran:realisasi", args=["3674", indikator(LOGISTIK).pk, 2024, 2]) in html


@pytest.mark.parametrize(
    ("rumus", "jenis", "pesan"),
    [
        (
            "a / ",
            "persen",
            "Rumus tidak sah: penulisan rumus salah di akhir rumus: periksa tanda kurung dan operator.",
        ),
        ("a / (b - b)", "persen", "Rumus tidak sah: pembagian dengan nol: b - b bernilai 0."),
        (
            "sqrt(a)",
            "persen",
            "Rumus tidak sah: fungsi 'sqrt' tidak dikenal: rumus hanya boleh memakai + - * /.",
        ),
        (
            "Sesuai / total",
            "persen",
            "Rumus tidak sah: nama besaran 'Sesuai' tidak sah: gunakan huruf kecil, angka dan garis bawah, diawali huruf (contoh: keputusan_sesuai).",
        ),
        ("a / b", "huruf", "Indikator bernilai huruf tidak memakai rumus."),
    ],
)
def test_a_bad_formula_is_refused_when_the_indicator_is_saved(demo, rumus, jenis, pesan):
    ind = indikator(LOGISTIK)
    ind.rumus, ind.jenis = rumus, jenis
    with pytest.raises(ValidationError) as exc:
        ind.full_clean()
    assert exc.value.message_dict == {"rumus": [pesan]}


def test_a_good_formula_passes(demo, pic):
    ind = indikator(LOGISTIK)
    ind.rumus = "proses_tanpa_kasus / proses_total * 100"
    assert ind.full_clean() is None
    ind.save()
    # the accepted formula is the one a realisation is then computed with: 3 of 8 is 37.5 %
    r = isi_nilai(pic, LOGISTIK, besaran={"proses_tanpa_kasus": "3", "proses_total": "8"})
    assert indikator(LOGISTIK).rumus == "proses_tanpa_kasus / proses_total * 100"
    assert (r.nilai, r.besaran) == (
        Decimal("37.5"),
        {"proses_tanpa_kasus": "3", "proses_total": "8"},
    )


def test_the_history_is_grouped_by_quarter_and_paged(client, pic, perencana):
    """Thirty saves of TW II 2024 and one target change: pages of 25, newest quarter first,
    the plan's changes last."""
    ind = indikator(LOGISTIK)
    sebelum = riwayat_indikator(ind, batas=None)
    for n in range(30):
        isi_nilai(pic, LOGISTIK, nilai=str(60 + n))
    target = ind.target.get(tahun=2024, triwulan=None)
    target.nilai = 95
    target._history_user = perencana
    target.save()
    client.force_login(pic)
    url = reverse("indikator", args=["3674", ind.pk])
    r = client.get(url)
    halaman = r.context["riwayat"]
    jumlah = len(sebelum) + 31
    assert halaman.paginator.count == jumlah
    assert halaman.paginator.num_pages == (jumlah + 24) // 25
    assert [e.kelompok for e in halaman.object_list] == ["TW II 2024"] * 25
    html = r.content.decode()
    assert 'data-testid="halaman-riwayat"' in html and "?riwayat=2#riwayat" in html
    semua = [
        e
        for n in halaman.paginator.page_range
        for e in client.get(url, {"riwayat": n}).context["riwayat"].object_list
    ]
    assert [e.kelompok for e in semua[:30]] == ["TW II 2024"] * 30
    triwulan = [e.triwulan for e in semua if e.triwulan is not None]
    assert triwulan == sorted(triwulan, reverse=True)  # newest quarter first
    rencana = [e for e in semua if e.triwulan is None]
    assert semua[-len(rencana) :] == rencana  # the plan's changes last
    assert rencana[0].objek == "Target 2024" and rencana[0].pengguna == "perencana"
    assert {e.kelompok for e in rencana} == {"Indikator dan target"}
    # a page number out of range or not a number shows a page, never an error
    assert client.get(url, {"riwayat": "99"}).status_code == 200
    assert client.get(url, {"riwayat": "x"}).status_code == 200
