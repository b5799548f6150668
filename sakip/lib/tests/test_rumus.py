from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.rumus import RumusError, hitung, periksa, urai


@pytest.mark.parametrize(
    ("teks", "besaran", "hasil"),
    [
        (
            "keputusan_sesuai / keputusan_total * 100",
            {"keputusan_sesuai": D(12), "keputusan_total": D(16)},
            D(75),
        ),
        ("a / b * 100", {"a": D(2), "b": D(3)}, D("66.66666666666666666666666667")),
        ("100 * a / b", {"a": D(1), "b": D(8)}, D("12.5")),
        ("(a + b) / c", {"a": D("1.5"), "b": D("2.5"), "c": D(2)}, D(2)),
        ("a - b * 2", {"a": D(10), "b": D(3)}, D(4)),
        ("-a + 0.1", {"a": D("0.2")}, D("-0.1")),
        ("a × 2", {"a": D(4)}, D(8)),
        ("a : b", {"a": D(9), "b": D(3)}, D(3)),
    ],
)
def test_formulas_evaluate_in_decimal(teks, besaran, hasil):
    assert hitung(teks, besaran) == hasil


def test_float_literals_keep_their_written_digits():
    assert hitung("a * 0.1", {"a": D(3)}) == D("0.3")


def test_names_are_listed_in_order_of_first_appearance():
    assert urai("b / (a + b) * 100").nama == ("b", "a")


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("a / ", "penulisan rumus salah di akhir rumus: periksa tanda kurung dan operator"),
        (
            "(a / b",
            "penulisan rumus salah di sekitar karakter ke-1 ('('): periksa tanda kurung dan operator",
        ),
        (
            "a + * b",
            "penulisan rumus salah di sekitar karakter ke-5 ('*'): periksa tanda kurung dan operator",
        ),
        ("", "rumus kosong"),
        ("a ** 2", "operator tidak dikenal dalam rumus: hanya + - * / dan tanda kurung yang boleh"),
        ("a % 2", "operator tidak dikenal dalam rumus: hanya + - * / dan tanda kurung yang boleh"),
        (
            "__import__('os')",
            "fungsi '__import__' tidak dikenal: rumus hanya boleh memakai + - * /",
        ),
        (
            "a.b",
            "bagian rumus tidak dikenal: hanya angka, nama besaran, + - * / dan tanda kurung yang boleh",
        ),
        (
            "a < b",
            "bagian rumus tidak dikenal: hanya angka, nama besaran, + - * / dan tanda kurung yang boleh",
        ),
        ("'a' * 3", "nilai 'a' dalam rumus bukan angka"),
        ("True + a", "nilai 'True' dalam rumus bukan angka"),
        (
            "Jumlah / b",
            "nama besaran 'Jumlah' tidak sah: gunakan huruf kecil, angka dan garis bawah, diawali huruf (contoh: keputusan_sesuai)",
        ),
        ("a * 1e999", "angka dalam rumus terlalu besar"),
        ("a" * 301, "rumus terlalu panjang (301 karakter, paling banyak 300)"),
    ],
)
def test_bad_formulas_are_refused_with_the_reason(teks, pesan):
    with pytest.raises(RumusError) as exc:
        urai(teks)
    assert str(exc.value) == pesan


def test_division_by_zero_names_the_divisor():
    with pytest.raises(RumusError) as exc:
        hitung("a / b * 100", {"a": D(1), "b": D(0)})
    assert str(exc.value) == "pembagian dengan nol: b bernilai 0"


def test_a_missing_quantity_is_named():
    with pytest.raises(RumusError) as exc:
        hitung("a / b", {"a": D(1)})
    assert str(exc.value) == "besaran belum diisi: b"


def test_an_unknown_quantity_is_named():
    with pytest.raises(RumusError) as exc:
        hitung("a / b", {"a": D(1), "b": D(2), "c": D(3)})
    assert str(exc.value) == "besaran tidak dikenal dalam rumus a / b: c"


def test_check_refuses_a_formula_that_always_divides_by_zero():
    with pytest.raises(RumusError) as exc:
        periksa("a / (b - b) * 100")
    assert str(exc.value) == "pembagian dengan nol: b - b bernilai 0"
    with pytest.raises(RumusError) as exc:
        periksa("a / 0")
    assert str(exc.value) == "pembagian dengan nol: 0 bernilai 0"


def test_check_refuses_a_formula_without_names():
    with pytest.raises(RumusError) as exc:
        periksa("100 / 4")
    assert (
        str(exc.value) == "rumus tidak memuat nama besaran: isi nilai langsung bila tidak ada rumus"
    )


def test_check_accepts_a_divisor_that_is_only_sometimes_zero():
    assert periksa("a / (b - 2)").nama == ("a", "b")


@pytest.mark.parametrize(
    ("teks", "rasio"),
    [
        ("keputusan_sesuai / keputusan_total * 100", ("keputusan_sesuai", "keputusan_total")),
        ("a / b", ("a", "b")),
        ("100 * a / b", ("a", "b")),
        ("(a / b) * 100", ("a", "b")),
        ("a / b + c", None),
        ("(a + b) / c * 100", None),
        ("a * b", None),
        ("a / a", None),
    ],
)
def test_two_quantity_ratio_is_recognised(teks, rasio):
    assert urai(teks).rasio() == rasio


_desimal = st.decimals(
    min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False
)


@given(_desimal, _desimal.filter(lambda x: x > 0))
def test_ratio_formula_equals_decimal_arithmetic(a, b):
    assert hitung("a / b * 100", {"a": a, "b": b}) == a / b * 100


@given(st.text(max_size=60))
def test_any_text_either_parses_or_raises_rumus_error(teks):
    try:
        rumus = urai(teks)
    except RumusError:
        return
    assert all(n.isidentifier() for n in rumus.nama)
