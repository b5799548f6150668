"""Post-processing of the generated OpenAPI schema: the error answers every operation can give."""

from __future__ import annotations

GALAT = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "additionalProperties": True,
}
ALASAN = {
    "400": "Masukan tidak sah: pesan per kolom atau `detail`.",
    "401": "Belum masuk, atau token tidak dikenal/dicabut.",
    "403": "Peran Anda tidak boleh melakukan ini.",
    "404": "Tidak ditemukan, atau kantor yang tidak boleh Anda baca.",
    "409": "Data diubah orang lain sejak Anda membacanya (`versi` kedaluwarsa).",
    "429": "Terlalu banyak permintaan; coba lagi nanti.",
}


def tambah_galat(result, generator, request, public):
    """Document 400/401/403/404/409/429 (`{"detail": …}`) on every operation that lacks them."""
    result.setdefault("components", {}).setdefault("schemas", {})["Galat"] = GALAT
    for jalur in result.get("paths", {}).values():
        for metode, operasi in jalur.items():
            if metode not in {"get", "put", "post", "patch", "delete"}:
                continue
            jawaban = operasi.setdefault("responses", {})
            for kode, alasan in ALASAN.items():
                if kode == "409" and metode == "get":
                    continue
                jawaban.setdefault(
                    kode,
                    {
                        "description": alasan,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Galat"}}
                        },
                    },
                )
    return result
