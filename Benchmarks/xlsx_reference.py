"""Peer for `make bench`: openpyxl writes the same table as an .xlsx workbook.

Reads a CSV file (the table studyplan writes) and the names of its numeric columns, then
times writing the workbook into memory (openpyxl, write-only mode: inline strings like
studyplan's, numbers as number cells in the numeric columns). Prints "MEDIAN-SECONDS ROWS".
Reading the CSV is left out of the timing.
"""

import csv
import io
import statistics
import sys
import time

from openpyxl import Workbook


def main() -> None:
    path, numeric_names, repeats = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3])
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    numeric = [name in numeric_names for name in header]

    def typed(row):
        out = []
        for cell, is_number in zip(row, numeric):
            if cell == "":
                out.append(None)
            elif is_number:
                try:
                    out.append(int(cell))
                except ValueError:
                    try:
                        out.append(float(cell))
                    except ValueError:
                        out.append(cell)
            else:
                out.append(cell)
        return out

    typed_rows = [typed(row) for row in body]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        book = Workbook(write_only=True)
        sheet = book.create_sheet("frame")
        sheet.append(header)
        for row in typed_rows:
            sheet.append(row)
        book.save(io.BytesIO())
        times.append(time.perf_counter() - start)
    print(statistics.median(times), len(typed_rows))


if __name__ == "__main__":
    main()
