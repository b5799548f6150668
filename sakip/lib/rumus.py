"""Indicator formulas over named quantities, e.g. `keputusan_sesuai / keputusan_total * 100`.

A formula is parsed with Python's own parser and then evaluated by walking the tree
here, in Decimal, admitting only numbers, names, + - * / and parentheses: nothing is
ever passed to `eval`, no attribute, call, power or comparison can run.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

PANJANG_MAKS = 300
_NAMA = re.compile(r"^[a-z][a-z0-9_]*$")
_OPERATOR = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}


class RumusError(ValueError):
    """A formula that cannot be parsed or evaluated; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Rumus:
    """A parsed formula: its text, its tree and the quantity names in order of appearance."""

    teks: str
    pohon: ast.expr
    nama: tuple[str, ...]

    def rasio(self) -> tuple[str, str] | None:
        """(numerator, denominator) when the formula is `a / b`, optionally times a constant."""
        simpul = _tanpa_pengali(self.pohon)
        if (
            isinstance(simpul, ast.BinOp)
            and isinstance(simpul.op, ast.Div)
            and isinstance(simpul.left, ast.Name)
            and isinstance(simpul.right, ast.Name)
            and simpul.left.id != simpul.right.id
        ):
            return simpul.left.id, simpul.right.id
        return None


def _tanpa_pengali(simpul: ast.expr) -> ast.expr:
    """Strip multiplications by a number: `a / b * 100` and `100 * a / b` both give `a / b`."""
    if isinstance(simpul, ast.BinOp) and isinstance(simpul.op, ast.Mult):
        if isinstance(simpul.right, ast.Constant):
            return _tanpa_pengali(simpul.left)
        if isinstance(simpul.left, ast.Constant):
            return _tanpa_pengali(simpul.right)
    if (
        isinstance(simpul, ast.BinOp)
        and isinstance(simpul.op, ast.Div)
        and isinstance(simpul.left, ast.BinOp)
        and isinstance(simpul.left.op, ast.Mult)
        and isinstance(simpul.left.left, ast.Constant)
    ):
        # 100 * a / b parses as (100 * a) / b
        return ast.BinOp(left=simpul.left.right, op=ast.Div(), right=simpul.right)
    return simpul


def urai(teks: str) -> Rumus:
    """Parse a formula; raises RumusError naming the problem (syntax, forbidden part, name)."""
    teks = (teks or "").strip()
    if not teks:
        raise RumusError("rumus kosong")
    if len(teks) > PANJANG_MAKS:
        raise RumusError(
            f"rumus terlalu panjang ({len(teks)} karakter, paling banyak {PANJANG_MAKS})"
        )
    try:
        pohon = ast.parse(teks.replace("×", "*").replace(":", "/"), mode="eval").body
    except SyntaxError as exc:
        if exc.offset and 1 <= exc.offset <= len(teks):
            letak = f"di sekitar karakter ke-{exc.offset} ('{teks[exc.offset - 1]}')"
        else:
            letak = "di akhir rumus"
        raise RumusError(
            f"penulisan rumus salah {letak}: periksa tanda kurung dan operator"
        ) from exc
    except (ValueError, RecursionError, MemoryError) as exc:
        raise RumusError("penulisan rumus salah: rumus tidak dapat dibaca") from exc
    nama: list[str] = []
    _periksa_simpul(pohon, nama)
    return Rumus(teks=teks, pohon=pohon, nama=tuple(nama))


def _periksa_simpul(simpul: ast.AST, nama: list[str]) -> None:
    if isinstance(simpul, ast.BinOp):
        if type(simpul.op) not in _OPERATOR:
            raise RumusError(
                "operator tidak dikenal dalam rumus: hanya + - * / dan tanda kurung yang boleh"
            )
        _periksa_simpul(simpul.left, nama)
        _periksa_simpul(simpul.right, nama)
    elif isinstance(simpul, ast.UnaryOp) and isinstance(simpul.op, ast.USub | ast.UAdd):
        _periksa_simpul(simpul.operand, nama)
    elif isinstance(simpul, ast.Constant):
        if isinstance(simpul.value, bool) or not isinstance(simpul.value, int | float):
            raise RumusError(f"nilai '{simpul.value}' dalam rumus bukan angka")
        if not _angka(simpul).is_finite():
            raise RumusError("angka dalam rumus terlalu besar")
    elif isinstance(simpul, ast.Name):
        if not _NAMA.match(simpul.id):
            raise RumusError(
                f"nama besaran '{simpul.id}' tidak sah: gunakan huruf kecil, angka dan garis bawah,"
                " diawali huruf (contoh: keputusan_sesuai)"
            )
        if simpul.id not in nama:
            nama.append(simpul.id)
    elif isinstance(simpul, ast.Call):
        fungsi = simpul.func.id if isinstance(simpul.func, ast.Name) else "?"
        raise RumusError(f"fungsi '{fungsi}' tidak dikenal: rumus hanya boleh memakai + - * /")
    else:
        raise RumusError(
            "bagian rumus tidak dikenal: hanya angka, nama besaran, + - * / dan tanda kurung yang boleh"
        )


def _angka(simpul: ast.Constant) -> Decimal:
    # repr keeps the written digits of a float literal (0.1 stays 0.1, not its binary value)
    return Decimal(repr(simpul.value)) if isinstance(simpul.value, float) else Decimal(simpul.value)


def _nilai(simpul: ast.expr, besaran: Mapping[str, Decimal]) -> Decimal:
    if isinstance(simpul, ast.Constant):
        return _angka(simpul)
    if isinstance(simpul, ast.Name):
        return besaran[simpul.id]
    if isinstance(simpul, ast.UnaryOp):
        hasil = _nilai(simpul.operand, besaran)
        return -hasil if isinstance(simpul.op, ast.USub) else hasil
    assert isinstance(simpul, ast.BinOp)
    kiri, kanan = _nilai(simpul.left, besaran), _nilai(simpul.right, besaran)
    if isinstance(simpul.op, ast.Add):
        return kiri + kanan
    if isinstance(simpul.op, ast.Sub):
        return kiri - kanan
    if isinstance(simpul.op, ast.Mult):
        return kiri * kanan
    if kanan == 0:
        raise RumusError(f"pembagian dengan nol: {ast.unparse(simpul.right)} bernilai 0")
    return kiri / kanan


def hitung(rumus: Rumus | str, besaran: Mapping[str, Decimal]) -> Decimal:
    """Value of the formula for these quantities; every name needed, no unknown name given."""
    if isinstance(rumus, str):
        rumus = urai(rumus)
    kurang = [n for n in rumus.nama if besaran.get(n) is None]
    if kurang:
        raise RumusError(f"besaran belum diisi: {', '.join(kurang)}")
    asing = sorted(set(besaran) - set(rumus.nama))
    if asing:
        raise RumusError(f"besaran tidak dikenal dalam rumus {rumus.teks}: {', '.join(asing)}")
    try:
        with localcontext() as ctx:
            ctx.prec = 28
            return _nilai(rumus.pohon, {n: Decimal(v) for n, v in besaran.items()})
    except InvalidOperation as exc:
        raise RumusError("rumus tidak dapat dihitung dengan nilai ini") from exc


def periksa(teks: str) -> Rumus:
    """Parse and try the formula, refusing one that always divides by zero, e.g. `a / (b - b)`."""
    rumus = urai(teks)
    if not rumus.nama:
        raise RumusError("rumus tidak memuat nama besaran: isi nilai langsung bila tidak ada rumus")
    # Two sets of unlikely trial values: a divisor zero for both is zero by construction.
    gagal = None
    for awal, langkah in ((1009, 7919), (2003, 104729)):
        coba = {n: Decimal(awal + i * langkah) for i, n in enumerate(rumus.nama)}
        try:
            hitung(rumus, coba)
            return rumus
        except RumusError as exc:
            gagal = exc
    assert gagal is not None
    raise gagal


def label_besaran(nama: str) -> str:
    """A quantity's name as people read it: `keputusan_sesuai` -> 'Keputusan sesuai'."""
    return nama.replace("_", " ").strip().capitalize()


_KATA_OPERATOR = {ast.Add: "+", ast.Sub: "−", ast.Mult: "×", ast.Div: "÷"}
_PRIORITAS = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2}


def rumus_kata(teks: str, label: Mapping[str, str] | None = None) -> str:
    """A formula in words with the quantities' labels, e.g.
    `laporan_tepat_waktu / laporan_total * 100` -> '(Laporan tepat waktu ÷ Laporan total) × 100'.

    `label` overrides the label of a name; an unparsable formula is returned as it is.
    """
    try:
        pohon = urai(teks).pohon
    except RumusError:
        return teks
    label = label or {}

    def tulis(simpul: ast.expr, induk: int = 0, kanan: bool = False) -> str:
        if isinstance(simpul, ast.Name):
            return label.get(simpul.id) or label_besaran(simpul.id)
        if isinstance(simpul, ast.Constant):
            return _angka_kata(simpul.value)
        if isinstance(simpul, ast.UnaryOp):
            return "−" + tulis(simpul.operand, 3)
        assert isinstance(simpul, ast.BinOp)
        p = _PRIORITAS[type(simpul.op)]
        isi = f"{tulis(simpul.left, p)} {_KATA_OPERATOR[type(simpul.op)]} {tulis(simpul.right, p, True)}"
        # brackets where the order of operations would be unclear to a reader
        perlu = p < induk or (induk and p == induk and kanan) or (induk == 2 and p == 2)
        return f"({isi})" if perlu else isi

    return tulis(pohon)


def _angka_kata(nilai) -> str:
    teks = format(Decimal(str(nilai)).normalize(), "f")
    bulat, _, pecahan = teks.partition(".")
    bulat = f"{int(bulat):,}".replace(",", ".")
    return f"{bulat},{pecahan}" if pecahan else bulat
