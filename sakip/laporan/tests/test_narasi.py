"""Editing a section's narrative: who may, what is stored, and figures the data lacks."""

import pytest
from django.core.exceptions import PermissionDenied

from sakip.laporan import services
from sakip.laporan.html import html_pratinjau
from sakip.laporan.kumpul import kumpul_lkj
from sakip.laporan.models import NarasiLaporan
from sakip.laporan.susun import susun_lkj


def test_the_perencana_edits_and_the_document_uses_the_edit(perencana, demo):
    teks = "Laporan ini disusun bersama seluruh subbagian pada tahun 2023."
    assert services.simpan_narasi(perencana, demo, 2023, "latar_belakang", teks) == []
    simpanan = NarasiLaporan.objects.get(satker=demo, tahun=2023, bagian="latar_belakang")
    assert (simpanan.teks, simpanan.diubah_oleh) == (teks, perencana)
    assert teks in html_pratinjau(susun_lkj(kumpul_lkj(demo, 2023)))


def test_a_figure_the_data_does_not_have_is_flagged(perencana, demo):
    temuan = services.simpan_narasi(
        perencana,
        demo,
        2023,
        "sdm",
        "Kantor ini didukung oleh 31 (tiga puluh satu) orang personel pada tahun 2022.",
    )
    assert [t.teks for t in temuan] == ["31", "2022"]
    narasi = {n.bagian.kunci: n for n in services.daftar_narasi(perencana, demo, 2023)}
    assert narasi["sdm"].diubah and len(narasi["sdm"].temuan) == 2


def test_words_disagreeing_with_digits_are_flagged(perencana, demo):
    temuan = services.simpan_narasi(
        perencana, demo, 2023, "sdm", "Kantor ini didukung oleh 30 (tiga belas) orang personel."
    )
    assert [t.jenis for t in temuan] == ["kata_tidak_sesuai"]


def test_storing_the_default_text_or_nothing_keeps_the_default(perencana, demo):
    services.simpan_narasi(perencana, demo, 2023, "sdm", "Teks lain.")
    bawaan = next(
        n.bawaan for n in services.daftar_narasi(perencana, demo, 2023) if n.bagian.kunci == "sdm"
    )
    services.simpan_narasi(perencana, demo, 2023, "sdm", bawaan + "\n")
    assert not NarasiLaporan.objects.filter(bagian="sdm").exists()
    services.simpan_narasi(perencana, demo, 2023, "sdm", "Teks lain.")
    services.simpan_narasi(perencana, demo, 2023, "sdm", "   ")
    assert not NarasiLaporan.objects.filter(bagian="sdm").exists()


@pytest.mark.parametrize("siapa", ["pimpinan", "pic", "verifikator", "evaluator", "orang_luar"])
def test_only_the_perencana_edits(siapa, request, demo):
    user = request.getfixturevalue(siapa)
    with pytest.raises(PermissionDenied):
        services.simpan_narasi(user, demo, 2023, "sdm", "Teks.")
    assert not NarasiLaporan.objects.exists()


def test_an_unknown_section_is_refused(perencana, demo):
    with pytest.raises(services.LaporanError, match="tidak ada"):
        services.simpan_narasi(perencana, demo, 2023, "bab_9", "Teks.")
