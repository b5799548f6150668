from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.anggaran import (
    KodeAnggaran,
    KodeError,
    bulanan_dari_kumulatif,
    cocok_ro,
    deviasi_rpd,
    gabung_kode,
    gabung_kode_ro,
    jenis_belanja,
    kumulatif,
    nama_jenis_belanja,
    parse_bulan,
    parse_jenis_belanja,
    parse_kode_ro,
    parse_segmen,
    persen,
    persen_penyerapan,
    progres_ro,
    sisa,
    uang,
)
from sakip.lib.angka import AngkaError

CONTOH = "076.01.CQ.6709.QGE.001.051.A.521211"


def test_full_code_is_split_into_its_nine_levels():
    kode = KodeAnggaran(*parse_segmen(CONTOH))
    assert kode == KodeAnggaran("076", "01", "CQ", "6709", "QGE", "001", "051", "A", "521211")
    assert str(kode) == CONTOH
    assert kode.kode_ro == "076.01.CQ.6709.QGE.001"
    assert kode.awalan("kegiatan") == "076.01.CQ.6709"
    assert kode.jenis_belanja == "52"


def test_code_is_normalised_to_upper_case_without_spaces():
    assert ".".join(parse_segmen(" 076.01.cq.6709.qge.001.051.a.521211 ")) == CONTOH


def test_sakti_style_two_character_subkomponen_is_kept():
    assert parse_segmen("036.01.WA.6336.EBA.963.126.0A.521211")[7] == "0A"


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("", "kode kosong"),
        ("76.01.CQ.6709.QGE.001.051.A.521211", "kode Bagian Anggaran '76' tidak sah"),
        ("076.1.CQ.6709.QGE.001.051.A.521211", "kode Eselon I '1' tidak sah"),
        ("076.01.CQX.6709.QGE.001.051.A.521211", "kode Program 'CQX' tidak sah"),
        ("076.01.CQ.67A9.QGE.001.051.A.521211", "kode Kegiatan '67A9' tidak sah"),
        ("076.01.CQ.6709.Q1E.001.051.A.521211", "kode KRO 'Q1E' tidak sah"),
        ("076.01.CQ.6709.QGE.01.051.A.521211", "kode RO '01' tidak sah"),
        ("076.01.CQ.6709.QGE.001.51.A.521211", "kode Komponen '51' tidak sah"),
        ("076.01.CQ.6709.QGE.001.051.ABC.521211", "kode Sub Komponen 'ABC' tidak sah"),
        ("076.01.CQ.6709.QGE.001.051.A.52121", "kode Akun '52121' tidak sah"),
        ("076.01.CQ.6709.QGE.001.051.A.5A1211", "kode Akun '5A1211' tidak sah"),
        ("076.01.CQ.6709.QGE.001.051.A.521211.1", "terlalu panjang"),
        ("076..CQ", "kode Eselon I kosong"),
    ],
)
def test_malformed_codes_are_refused_naming_the_level(teks, pesan):
    with pytest.raises(KodeError, match=pesan):
        parse_segmen(teks)


def test_partial_codes_name_upper_levels():
    assert parse_segmen("076.01.cq.6709") == ("076", "01", "CQ", "6709")


def test_per_level_columns_join_into_a_code():
    kolom = dict(
        ba="076",
        eselon="01",
        program="cq",
        kegiatan="6709",
        kro="QGE",
        ro="001",
        komponen="051",
        subkomponen="A",
        akun="521211",
    )
    assert ".".join(gabung_kode(kolom)) == CONTOH
    assert gabung_kode({"ba": "076", "eselon": "01", "program": "WA"}) == ("076", "01", "WA")


def test_per_level_columns_refuse_a_hole():
    with pytest.raises(KodeError, match="kode KRO diisi tetapi Kegiatan kosong"):
        gabung_kode({"ba": "076", "eselon": "01", "program": "CQ", "kro": "QGE"})
    with pytest.raises(KodeError, match="kode kosong"):
        gabung_kode({})


def test_ro_code_may_be_shortened_from_the_top():
    assert parse_kode_ro("6709.qge.001") == ("6709", "QGE", "001")
    assert parse_kode_ro("076.01.CQ.6709.QGE.001") == ("076", "01", "CQ", "6709", "QGE", "001")
    assert cocok_ro(("6709", "QGE", "001"), "076.01.CQ.6709.QGE.001")
    assert not cocok_ro(("6709", "QDC", "001"), "076.01.CQ.6709.QGE.001")
    assert gabung_kode_ro({"kegiatan": "6709", "kro": "QGE", "ro": "001"}) == ("6709", "QGE", "001")


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("", "kode RO kosong"),
        ("001", "terlalu pendek"),
        ("6709.QGE.1", "kode RO '1' tidak sah"),
        ("9.076.01.CQ.6709.QGE.001", "terlalu panjang"),
    ],
)
def test_malformed_ro_codes_are_refused(teks, pesan):
    with pytest.raises(KodeError, match=pesan):
        parse_kode_ro(teks)


def test_ro_columns_refuse_a_hole():
    with pytest.raises(KodeError, match="kode KRO kosong di tengah"):
        gabung_kode_ro({"kegiatan": "6709", "ro": "001"})


@pytest.mark.parametrize(
    ("akun", "jenis", "nama"),
    [
        ("511111", "51", "Belanja Pegawai"),
        ("521211", "52", "Belanja Barang"),
        ("532111", "53", "Belanja Modal"),
        ("573111", "57", "Belanja Bantuan Sosial"),
    ],
)
def test_type_of_spending_comes_from_the_first_two_digits(akun, jenis, nama):
    assert jenis_belanja(akun) == jenis
    assert nama_jenis_belanja(jenis) == nama


@pytest.mark.parametrize("akun", ["425111", "591111", "5211", "52121A"])
def test_non_spending_akun_is_refused(akun):
    with pytest.raises(KodeError):
        jenis_belanja(akun)


@pytest.mark.parametrize(
    ("teks", "jenis"),
    [
        ("51", "51"),
        (52, "52"),
        ("53.0", "53"),
        ("Belanja Pegawai", "51"),
        ("  belanja   BARANG ", "52"),
        ("modal", "53"),
        ("532111", "53"),
        ("Belanja Bantuan Sosial", "57"),
    ],
)
def test_type_of_spending_is_read_liberally(teks, jenis):
    assert parse_jenis_belanja(teks) == jenis


@pytest.mark.parametrize("teks", ["", "59", "belanja", "operasional"])
def test_unknown_type_of_spending_is_refused(teks):
    with pytest.raises(KodeError, match="jenis belanja"):
        parse_jenis_belanja(teks)


@pytest.mark.parametrize(
    ("nilai", "bulan"),
    [
        (1, 1),
        (12.0, 12),
        (D("3"), 3),
        ("03", 3),
        ("7.0", 7),
        ("Maret", 3),
        ("AGUSTUS", 8),
        ("agt", 8),
        ("Des", 12),
        ("nop", 11),
    ],
)
def test_month_is_read_as_number_or_indonesian_name(nilai, bulan):
    assert parse_bulan(nilai) == bulan


@pytest.mark.parametrize("nilai", [0, 13, -1, 1.5, "13", "Smarch", "", True])
def test_month_outside_1_to_12_is_refused(nilai):
    with pytest.raises(KodeError):
        parse_bulan(nilai)


@pytest.mark.parametrize(
    ("nilai", "hasil"),
    [
        ("1.000,0000", D("1000.00")),
        ("29.596.488.000,00", D("29596488000.00")),
        ("841.864.540,0000", D("841864540.00")),
        (906800000.0, D("906800000.00")),
        (0.1 + 0.2, D("0.30")),
        (1234, D("1234.00")),
        ("0,0000", D("0.00")),
    ],
)
def test_money_is_exact_to_the_cent(nilai, hasil):
    assert uang(nilai) == hasil


def test_money_refuses_sub_cent_fractions_text_and_negatives():
    with pytest.raises(AngkaError, match="di bawah satu sen"):
        uang("1,005")
    with pytest.raises(AngkaError, match="bukan angka"):
        uang("seribu")
    with pytest.raises(AngkaError, match="negatif"):
        uang("-5")
    assert uang("-5", negatif_boleh=True) == D("-5.00")
    with pytest.raises(AngkaError):
        uang(float("nan"))


def test_seed_totals_by_type_of_spending():
    # The seed's table "by type of spending": pagu and its own realisasi and sisa.
    assert sisa(D("2313438000"), D("2311554188")) == D("1883812")
    assert sisa(D("956561000"), D("894995000")) == D("61566000")
    assert round(persen_penyerapan(D("29361413804"), D("29596488000")), 2) == D("99.21")
    assert round(persen_penyerapan(D("894995000"), D("956561000")), 2) == D("93.56")


def test_percent_of_zero_is_undefined():
    assert persen(D(5), D(0)) is None
    assert persen(D(0), D(8)) == D(0)


@pytest.mark.parametrize(
    ("target", "realisasi", "progres"),
    [
        (D("10.000"), D("10.000"), D("100")),
        (D("20.000"), D("10.000"), D("50")),
        (D("10.000"), D("20.000"), D("100")),  # seed row 14: 20 of 10 shown as 100,00
        (D("10.000"), D("0"), D("0")),
        (D(3), D(1), D(100) / D(3)),
    ],
)
def test_ro_progress_is_capped_at_100(target, realisasi, progres):
    assert progres_ro(target, realisasi) == progres


def test_ro_progress_without_target_is_undefined_and_negatives_refused():
    assert progres_ro(D(0), D(5)) is None
    with pytest.raises(ValueError, match="negatif"):
        progres_ro(D(-1), D(5))


@pytest.mark.parametrize(
    ("rencana", "realisasi", "deviasi"),
    [
        (D(100), D(100), D(0)),
        (D(100), D(80), D(20)),
        (D(100), D(130), D(30)),
        (D(200), D(0), D(100)),
        (D(0), D(0), D(0)),
        (D(0), D(5), None),
    ],
)
def test_rpd_deviation(rencana, realisasi, deviasi):
    assert deviasi_rpd(rencana, realisasi) == deviasi


def test_running_totals_and_back():
    per_bulan = {1: D(10), 3: D(5), 12: D(1)}
    kum = kumulatif(per_bulan)
    assert kum[1] == D(10) and kum[2] == D(10) and kum[3] == D(15) and kum[12] == D(16)
    assert bulanan_dari_kumulatif({1: D(10), 9: D(25)}) == {1: D(10), 9: D(15)}
    with pytest.raises(KodeError):
        bulanan_dari_kumulatif({13: D(1)})


uang_st = st.decimals(min_value=0, max_value=10**13, places=2, allow_nan=False)


@pytest.mark.parametrize(
    ("pagu", "realisasi", "sisa_rupiah"),
    [
        # the demo's RO 6709.QGE.001: Rp1.034.903.000 of which Rp841.864.540 spent
        (D("1034903000.00"), D("841864540.00"), "193038460.00"),
        # the demo DIPA 2023 as a whole (the seed's total row)
        (D("29596488000.00"), D("28422942650.00"), "1173545350.00"),
        # cents are kept, not rounded away
        (D("1000.50"), D("999.75"), "0.75"),
        # overspent: negative, not clamped to 0 nor made absolute
        (D("100.00"), D("150.25"), "-50.25"),
        # nothing spent yet: the whole pagu is left
        (D("5000000.00"), D("0.00"), "5000000.00"),
    ],
    ids=["ro-6709.QGE.001", "total-dipa-2023", "sen", "lebih-belanja", "belum-belanja"],
)
def test_sisa_is_the_exact_unspent_rupiah(pagu, realisasi, sisa_rupiah):
    assert str(sisa(pagu, realisasi)) == sisa_rupiah


@given(uang_st.filter(lambda x: x > 0), uang_st)
def test_absorption_is_a_plain_ratio(pagu, realisasi):
    p = persen_penyerapan(realisasi, pagu)
    assert p >= 0
    assert (p <= 100) == (realisasi <= pagu)


@given(
    st.decimals(min_value=0, max_value=10**6, places=3),
    st.decimals(min_value=0, max_value=10**6, places=3),
)
def test_ro_progress_never_exceeds_100(target, realisasi):
    p = progres_ro(target, realisasi)
    if target == 0:
        assert p is None
    else:
        assert 0 <= p <= 100


@given(st.dictionaries(st.integers(1, 12), uang_st))
def test_monthly_from_cumulative_inverts_running_totals(per_bulan):
    lengkap = {b: per_bulan.get(b, D(0)) for b in range(1, 13)}
    assert bulanan_dari_kumulatif(kumulatif(per_bulan)) == lengkap


@given(uang_st)
def test_money_in_indonesian_notation_round_trips(nilai):
    from sakip.lib.angka import format_angka

    assert uang(format_angka(nilai, 2)) == nilai
    assert uang(f"{format_angka(nilai, 2)}00") == nilai  # SAKTI prints four decimals


@given(st.text(max_size=40))
def test_any_text_is_a_code_or_a_clear_error(teks):
    try:
        segmen = parse_segmen(teks)
    except KodeError as exc:
        assert str(exc)
    else:
        assert parse_segmen(".".join(segmen)) == segmen


def test_whole_number_cells_take_the_short_path_with_the_same_result():
    assert parse_bulan(7) == 7 and type(parse_bulan(7)) is int
    assert str(uang(1_000_000)) == "1000000.00" == str(uang("1000000"))
    assert uang(10**16 - 1) == D("9999999999999999.00")
    for salah in (10**16, -1):
        with pytest.raises(AngkaError):
            uang(salah)
    assert uang(-1, negatif_boleh=True) == D("-1.00")
    for salah in (True, 0, 13):
        with pytest.raises(KodeError):
            parse_bulan(salah)
