"""Table checks on small synthetic documents: sisa, persen, total, penomoran, capaian."""

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.lib.angka import format_angka
from sakip.lib.periksa import periksa_teks
from sakip.lib.periksa.dokumen import dari_teks
from sakip.lib.periksa.tabel import angka, cari_tabel

JUDUL = "LAPORAN KINERJA TAHUN 2023\n\n"
KEPALA_ANGGARAN = "NO\tURAIAN\tPAGU (Rp)\tREALISASI (Rp)\tSISA (Rp)\t% REALISASI"


def _cek(teks: str, kind: str | None = None):
    return [f for f in periksa_teks(JUDUL + teks, tahun=2023).findings if kind in (None, f.kind)]


def _baris_anggaran(no, uraian, pagu, real, sisa=None, persen=None) -> str:
    sisa = pagu - real if sisa is None else sisa
    if persen is None:
        persen = (Decimal(real) / Decimal(pagu) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{no}\t{uraian}\t{format_angka(pagu)}\t{format_angka(real)}\t{format_angka(sisa)}\t{format_angka(persen, 2)}%"


def _tabel(rows: list[tuple[int, int]], total: bool = True) -> list[str]:
    baris = [KEPALA_ANGGARAN, "1\t2\t3\t4\t5\t6"]
    baris += [_baris_anggaran(i, f"Belanja {i}", p, r) for i, (p, r) in enumerate(rows, 1)]
    if total:
        p, r = sum(p for p, _ in rows), sum(r for _, r in rows)
        baris.append(_baris_anggaran("TOTAL", "", p, r))
    return baris


def test_a_correct_budget_table_gives_no_finding():
    assert (
        _cek("\n".join(_tabel([(2_313_438_000, 2_311_554_188), (956_561_000, 894_995_000)]))) == []
    )


def test_a_wrong_sisa_is_found_with_its_numbers():
    teks = KEPALA_ANGGARAN + "\n" + "1\tBelanja Modal\t956.561.000\t894.995.000\t61.666.000\t93,56%"
    (f,) = _cek(teks)
    assert (f.kind, f.severity, f.line) == ("sisa", "error", 4)
    assert (f.expected, f.found) == ("61.566.000", "61.666.000")
    assert "956.561.000 − realisasi 894.995.000 = 61.566.000" in f.message


def test_a_wrong_percentage_is_found():
    teks = KEPALA_ANGGARAN + "\n" + "1\tBelanja Modal\t956.561.000\t894.995.000\t61.566.000\t95,56%"
    (f,) = _cek(teks)
    assert (f.kind, f.line, f.expected, f.found) == ("persen", 4, "93,56%", "95,56%")


def test_a_truncated_percentage_is_accepted():
    # 2.311.554.188 / 2.313.438.000 = 99,9185...: both 99,92 and 99,91 are honest.
    for pc in ("99,92%", "99,91%", "100%"):
        teks = f"{KEPALA_ANGGARAN}\n1\tPegawai\t2.313.438.000\t2.311.554.188\t1.883.812\t{pc}"
        assert _cek(teks) == []


def test_a_wrong_realisasi_gives_one_finding_for_the_row():
    teks = KEPALA_ANGGARAN + "\n" + "1\tBelanja Modal\t956.561.000\t994.995.000\t61.566.000\t93,56%"
    (f,) = _cek(teks)
    assert (f.kind, f.line) == ("sisa", 4)
    assert "Periksa angka pagu atau realisasi" in f.message


def test_a_total_that_is_not_the_sum_is_found_per_column():
    baris = _tabel([(100, 90), (200, 150)])
    baris[-1] = "TOTAL\t\t300\t250\t50\t83,33%"  # realisasi should be 240, sisa 60
    temuan = _cek("\n".join(baris))
    assert [(f.kind, f.line, f.expected, f.found) for f in temuan] == [
        ("total", 7, "240", "250"),
        ("total", 7, "60", "50"),
    ]


def test_a_table_broken_by_a_running_header_is_one_table():
    baris = _tabel([(100, 90), (200, 150), (300, 300)])
    kepala = ["", "LAPORAN KINERJA TAHUN 2023", "KPU KOTA CONTOH", ""]
    teks = "\n".join(kepala + ["Teks."] + baris[:3] + kepala + baris[3:] + kepala)
    dok = dari_teks(JUDUL + teks)
    (tabel,) = cari_tabel(dok)
    assert len(tabel.rows) == 4
    assert _cek(teks) == []


def test_a_markdown_table_is_read():
    teks = "\n".join(
        [
            "| NO | URAIAN | PAGU | REALISASI | SISA | % |",
            "|---|---|---|---|---|---|",
            "| 1 | Belanja Barang | 1.000 | 900 | 100 | 90,00% |",
            "| 2 | Belanja Modal | 1.000 | 800 | 100 | 80,00% |",
        ]
    )
    (f,) = _cek(teks)
    assert (f.kind, f.line, f.expected, f.found) == ("sisa", 6, "200", "100")


def test_numbers_split_by_pdf_conversion_are_rejoined():
    assert angka("2.313.43 8.000,00 00") == Decimal("2313438000")
    assert angka("10,0 00") == Decimal("10")
    assert angka("100 100") is None  # two numbers, not one split
    teks = (
        KEPALA_ANGGARAN
        + "\n"
        + "1\tPegawai\t2.313.43 8.000,00 00\t2.311.554.188\t1.883.8 12\t99,92%"
    )
    (f,) = _cek(teks)
    assert (f.kind, f.severity, f.line) == ("format", "note", 4)
    assert "'2.313.43 8.000,00 00' → 2.313.438.000" in f.message


def test_row_numbering_that_repeats_or_skips():
    teks = "NO\tSASARAN\tINDIKATOR\n1\tA\tx\n2\tB\ty\n2\tC\tz\n5\tD\tw\n6\tE\tv"
    temuan = _cek(teks, "penomoran")
    assert [(f.line, f.expected, f.found) for f in temuan] == [(6, "3", "2"), (7, "3", "5")]
    assert temuan[0].message == "Nomor baris 2 berulang; seharusnya 3."
    assert temuan[1].message == "Nomor baris melompat dari 2 ke 5; seharusnya 3."
    assert _cek("NO\tSASARAN\n1.\tA\n2.\tB\n\tlanjutan\n3.\tC", "penomoran") == []


KEPALA_UKUR = "NO\tSASARAN\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN (%)\tKATEGORI"


def test_capaian_must_be_realisasi_over_target():
    teks = "\n".join(
        [
            KEPALA_UKUR,
            "1\tS1\tIndeks RB\t85\t80\t94,12\tBerhasil",
            "2\tS2\tNilai AKIP\tBB\tB\t85,71\tCukup Berhasil",  # letter grades: 60 / 70
            "3\tS3\tLaporan\t100%\t90%\t95,00\tBerhasil",  # wrong: 90
            "4\tS4\tSengketa\t100%\t110%\t100,00\tBerhasil",  # capped at 100: allowed
        ]
    )
    temuan = _cek(teks)
    assert [(f.kind, f.severity, f.line, f.expected, f.found) for f in temuan] == [
        ("capaian", "error", 6, "90,00%", "95,00%"),
        # every row over its target is written 100: the report caps, which is noted
        ("capaian", "note", 7, "100", ""),
    ]


def test_a_category_the_scale_does_not_give_is_an_error():
    teks = "\n".join(
        [
            KEPALA_UKUR,
            "1\tS1\tIndeks RB\t85\t80\t94,12\tCukup Berhasil",
            "2\tS2\tIndikator\t100\t50\t50,00\tLuar Biasa",
        ]
    )
    temuan = _cek(teks, "kategori")
    assert [(f.line, f.expected, f.found) for f in temuan] == [
        (4, "Berhasil", "Cukup Berhasil"),
        (5, "", "Luar Biasa"),
    ]


def test_ro_progress_is_capped_volume_realisation():
    teks = "\n".join(
        [
            "No.\tRO\tPagu\tRealisasi\tTVRO\tRVRO\tProgres",
            "1\t001 Kampanye\t35.836.000,0000\t0,0000\t20,000\t10,000\t50,00",
            "2\t002 Logistik\t4.772.579.000,0000\t4.556.205.557,0000\t10,000\t20,000\t100,00",
            "3\t003 Evaluasi\t1.000,0000\t0,0000\t10,000\t5,000\t60,00",
        ]
    )
    (f,) = _cek(teks)
    assert (f.kind, f.line, f.expected, f.found) == ("capaian", 6, "50,00%", "60,00%")


def test_two_budget_tables_with_the_same_pagu_must_agree_on_realisasi():
    jenis = _tabel([(100, 90), (200, 150)])
    ro = ["No\tRO\tPagu\tRealisasi", "1\tA\t150\t100", "2\tB\t150\t130"]
    temuan = _cek("\n".join(jenis + ["Rincian per RO:"] + ro))
    assert [(f.kind, f.line, f.expected, f.found) for f in temuan] == [("total", 9, "240", "230")]


# ---------------------------------------------------------------- properties

_JUMLAH = st.integers(min_value=1_000, max_value=10**12)


@st.composite
def _tabel_anggaran(draw):
    rows = []
    for _ in range(draw(st.integers(min_value=2, max_value=8))):
        pagu = draw(_JUMLAH)
        rows.append((pagu, draw(st.integers(min_value=0, max_value=pagu))))
    return rows


@settings(max_examples=60, deadline=None)
@given(_tabel_anggaran())
def test_a_generated_consistent_table_gives_no_finding(rows):
    assert _cek("\n".join(_tabel(rows))) == []


@settings(max_examples=120, deadline=None)
@given(_tabel_anggaran(), st.data())
def test_perturbing_one_cell_gives_exactly_one_finding_on_that_row(rows, data):
    baris = _tabel(rows)
    i = data.draw(st.integers(min_value=0, max_value=len(rows) - 1), label="row")
    kolom = data.draw(st.sampled_from([2, 3, 4, 5]), label="column")
    delta = data.draw(st.integers(min_value=1, max_value=10**6), label="delta")
    sel = baris[2 + i].split("\t")
    if kolom == 5:
        sel[5] = format_angka(angka(sel[5]) + Decimal(delta) / 100 + 1, 2) + "%"
    else:
        sel[kolom] = format_angka(angka(sel[kolom]) + delta)
    baris[2 + i] = "\t".join(sel)
    temuan = _cek("\n".join(baris))
    line = 2 + 2 + i + 1  # two title lines, header and column numbers, 1-based
    pada_baris = [f for f in temuan if f.line == line]
    assert len(pada_baris) == 1
    assert pada_baris[0].kind == ("persen" if kolom == 5 else "sisa")
    total = [f for f in temuan if f.line != line]
    # Pagu, realisasi and sisa are summed: the total row then disagrees in that column.
    assert [f.kind for f in total] == ([] if kolom == 5 else ["total"])
