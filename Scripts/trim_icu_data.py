#!/usr/bin/env python3
"""Make a smaller ICU data package for the statically linked release binary.

A release build links Foundation statically, and with it ICU's whole data package (34 MB of
the binary's 66 MB stripped): CoreFoundation's string code reaches ICU's collation code, which
loads data, so the linker cannot leave the package out (docs/decisions/
0011-start-up-and-binary-size.md). studyplan needs only a little of it: time zones, the root,
English and Norwegian locales, the core Unicode tables, and the Windows-1252 converter for
latin-1 CSV files.

    python3 Scripts/trim_icu_data.py TOOLCHAIN/lib/swift_static/linux/lib_FoundationICU.a OUTDIR

reads the package from the archive's `icu_packaged_data.cpp.o`, keeps those items, and writes
OUTDIR/icudata.o, which defines `__wrap_icudtNN_dat`, and OUTDIR/link-flags, the `swift build`
flags that link it in its place (`-Xlinker --wrap=icudtNN_dat`; the linker's --gc-sections then
drops the full package). When anything is missing or unexpected it writes empty link-flags and
says why: the build then links the full package, as before. `make release` and `make bench` run
it. Standard library only, plus the C compiler to assemble the object.
"""

import os
import re
import struct
import subprocess
import sys

# Locales kept: the root, English and Norwegian (bokmål, nynorsk), and the shared pools.
LOCALES = {
    "root", "en", "en_001", "en_150", "en_GB", "en_US", "en_US_POSIX",
    "nb", "nb_NO", "nn", "nn_NO", "no", "pool", "res_index",
}
# Per-locale trees of which only LOCALES are kept.
LOCALE_TREES = {"coll", "curr", "lang", "rbnf", "region", "translit", "unit", "zone"}


def keep(name):
    """Whether the package item `name` (e.g. `icudt76l/coll/nb.res`) is kept."""
    parts = name.split("/")[1:]
    if len(parts) == 2:
        tree, item = parts
        base = item.rsplit(".", 1)[0]
        if tree == "brkitr":
            return not item.endswith(".dict")  # word dictionaries for Chinese, Thai, Khmer …
        if tree == "coll" and item == "ucadata.icu":
            return True
        return tree not in LOCALE_TREES or base in LOCALES
    item = parts[0]
    base = item.rsplit(".", 1)[0]
    if item.endswith(".cnv"):
        return "1252" in item or "5348" in item  # Windows-1252 (latin-1 CSV files)
    if item.endswith(".res") and re.match(r"^[a-z]{2,3}(_|$)", base):
        return base in LOCALES  # a locale; the rest (zoneinfo64, supplementalData …) stays
    return True


def archive_member(path, wanted):
    """The bytes of the member `wanted` of the ar archive at `path`."""
    with open(path, "rb") as file:
        data = file.read()
    if not data.startswith(b"!<arch>\n"):
        raise ValueError(f"{path} is not an ar archive")
    offset, long_names = 8, b""
    while offset + 60 <= len(data):
        header = data[offset:offset + 60]
        name = header[:16].decode().strip()
        size = int(header[48:58].decode().strip())
        body = data[offset + 60:offset + 60 + size]
        if name == "//":
            long_names = body
        elif name.startswith("/") and name[1:].isdigit():
            start = int(name[1:])
            name = long_names[start:long_names.index(b"/\n", start)].decode()
        if name.rstrip("/") == wanted:
            return body
        offset += 60 + size + (size % 2)
    raise ValueError(f"{wanted} not in {path}")


def data_symbol(obj):
    """The name and bytes of the `icudtNN_dat` symbol in the ELF64 object `obj`."""
    shoff, = struct.unpack_from("<Q", obj, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", obj, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", obj, shoff + i * shentsize) for i in range(shnum)]
    for section in sections:
        if section[1] != 2:  # SHT_SYMTAB
            continue
        strtab = sections[section[6]]
        for index in range(section[5] // 24):
            name_at, info, _, shndx, value, size = struct.unpack_from(
                "<IBBHQQ", obj, section[4] + index * 24)
            start = strtab[4] + name_at
            name = obj[start:obj.index(b"\0", start)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                home = sections[shndx]
                return name, obj[home[4] + value:home[4] + value + size]
    raise ValueError("no icudtNN_dat symbol")


def trimmed(package):
    """The ICU common-data package with only the kept items, and (kept, total) counts."""
    header_size, = struct.unpack_from("<H", package, 0)
    count, = struct.unpack_from("<I", package, header_size)
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(entries):
        start = header_size + name_at
        name = package[start:package.index(b"\0", start)]
        end = header_size + entries[index + 1][1] if index + 1 < count else len(package)
        items.append((name, package[header_size + data_at:end]))
    kept = [(name, body) for name, body in items if keep(name.decode())]
    # Table of contents: count, (name offset, data offset) pairs, the names, then each item
    # 16-byte aligned; offsets count from the table's start. Names stay in their sorted order.
    names_at = 4 + 8 * len(kept)
    names, name_offsets = b"", []
    for name, _ in kept:
        name_offsets.append(names_at + len(names))
        names += name + b"\0"
    data_at = (names_at + len(names) + 15) // 16 * 16
    bodies, data_offsets = b"", []
    for _, body in kept:
        bodies += b"\0" * (-(data_at + len(bodies)) % 16)
        data_offsets.append(data_at + len(bodies))
        bodies += body
    table = struct.pack("<I", len(kept))
    table += b"".join(struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets))
    table += names
    table += b"\0" * (data_at - len(table))
    return package[:header_size] + table + bodies, (len(kept), count)


def main(archive, folder):
    os.makedirs(folder, exist_ok=True)
    flags_path = os.path.join(folder, "link-flags")
    try:
        symbol, package = data_symbol(archive_member(archive, "icu_packaged_data.cpp.o"))
        if package[12:16] != b"CmnD":
            raise ValueError("the ICU data is not a common-data package")
        small, (kept, total) = trimmed(package)
        data_path = os.path.join(folder, "icudata.dat")
        with open(data_path, "wb") as file:
            file.write(small)
        source = os.path.join(folder, "icudata.s")
        with open(source, "w") as file:
            file.write(
                f'    .section .rodata.icudata,"a"\n    .globl __wrap_{symbol}\n'
                f"    .type __wrap_{symbol}, @object\n    .balign 16\n__wrap_{symbol}:\n"
                f'    .incbin "{os.path.abspath(data_path)}"\n'
                f"    .size __wrap_{symbol}, . - __wrap_{symbol}\n"
                '    .section .note.GNU-stack,"",@progbits\n')
        obj = os.path.abspath(os.path.join(folder, "icudata.o"))
        subprocess.run(["cc", "-c", source, "-o", obj], check=True)
    except (OSError, ValueError, subprocess.CalledProcessError) as error:
        print(f"ICU data not trimmed ({error}); the release binary links all of it")
        with open(flags_path, "w") as file:
            file.write("")
        return
    with open(flags_path, "w") as file:
        file.write(f"-Xlinker --wrap={symbol} -Xlinker {obj}\n")
    print(f"ICU data: kept {kept} of {total} items, {len(small) / 1e6:.1f} of "
          f"{len(package) / 1e6:.1f} MB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: trim_icu_data.py lib_FoundationICU.a OUTDIR")
    main(sys.argv[1], sys.argv[2])
