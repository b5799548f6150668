"""The checker on the corpus of LKj-like documents made in korpus/: recall and false errors."""

import pytest

from sakip.lib.periksa import periksa_bytes, periksa_teks
from sakip.lib.tests.korpus import JENIS_CACAT, SKALA, cocok, korpus, nilai


@pytest.fixture(scope="module")
def semua():
    return korpus()


@pytest.fixture(scope="module")
def hasil_teks(semua):
    return [
        (d, periksa_teks(d.teks(False), nama=d.nama), periksa_teks(d.teks(True))) for d in semua
    ]


def test_the_corpus_is_varied(semua):
    assert len(semua) >= 30
    assert {d.tata for d in semua} == {"tab", "spasi"}
    assert {d.batas for d in semua} == {None, 100, 120}
    assert len({d.kantor for d in semua}) == 12
    assert len({d.tahun for d in semua}) == 7
    teks = "\n".join(d.teks(False) for d in semua)
    for tulisan in ("≥ 91", "76 s.d. 90", "kurang dari 51", "lebih dari 100", "91 % ≤ 100 %"):
        assert tulisan in teks
    for bentuk in ("4 Lap", "Sasaran 1 :", "(1) (2) (3)", "Target % Realisasi %", "\f"):
        assert bentuk in teks
    assert len(SKALA) == 4
    # every kind of defect is planted somewhere, most of them many times
    ditanam = [h.jenis for d in semua for h in d.harapan]
    assert set(ditanam) == set(JENIS_CACAT)
    assert len(ditanam) == 241


def test_every_planted_defect_is_found_and_the_clean_versions_have_no_error(hasil_teks):
    skor = nilai(hasil_teks)
    assert skor["luput"] == []
    assert skor["palsu"] == []
    assert (skor["ditanam"], skor["ditemukan"], skor["galat_bersih"]) == (241, 241, 0)


def test_a_defect_is_found_only_in_its_own_line(hasil_teks):
    # the clean version of a document does not contain what its defects are matched by
    for d, bersih, _ in hasil_teks:
        for h in d.harapan:
            assert not any(cocok(h, f) and f.severity == "error" for f in bersih.findings), h


@pytest.mark.parametrize("nomor", [0, 1, 7, 22])
def test_docx_and_pdf_give_the_same_defects(semua, nomor):
    d = semua[nomor]
    for format_ in ("docx", "pdf"):
        bersih = periksa_bytes(getattr(d, format_)(False), f"{d.nama}.{format_}")
        cacat = periksa_bytes(getattr(d, format_)(True), f"{d.nama}.{format_}")
        assert [f for f in bersih.findings if f.severity == "error"] == [], format_
        for h in d.harapan:
            assert any(cocok(h, f) for f in cacat.findings), (format_, h)
        assert bersih.year == d.tahun


def _halaman(hasil) -> dict[str, list[int]]:
    per_jenis: dict[str, set[int]] = {}
    for f in hasil.findings:
        if f.severity == "error":
            per_jenis.setdefault(f.kind, set()).add(f.page)
    return {k: sorted(v) for k, v in per_jenis.items()}


def test_pdf_and_text_findings_carry_their_page(semua):
    d = semua[1]  # space-separated tables, a capped report
    # cover and foreword on page 1, summary table on 2, BAB II on 3, BAB III on 4, budget on 5
    harapan = {"capaian": [2, 4], "kategori": [2, 4], "skala": [4], "rata": [4], "sisa": [5]}
    for hasil in (periksa_bytes(d.pdf(True), "lkj.pdf"), periksa_teks(d.teks(True))):
        halaman = _halaman(hasil)
        assert {k: halaman[k] for k in harapan} == harapan
