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
            "membuat",
            "Bukti dukung TW II 2024",
            [("nama berkas", "—", "ba.pdf"), ("jenis", "—", "PDF"), ("ukuran (bita)", "—", "50")],
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
            [
                ("tahun", "—", "2024"),
                ("triwulan", "—", "TW II"),
                ("nilai", "—", "90"),
                ("status", "—", "Draf"),
            ],
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
        ("perencana", "Indikator", [("rumus realisasi", "—", "siap / total * 100")]),
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
