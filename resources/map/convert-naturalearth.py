#!/usr/bin/env python3
"""Converts Natural Earth's 1:110m countries (the naturalearth_lowres shapefile that Debian 12
ships in python3-geopandas) into world-110m.json, the compact outline data Gatehouse draws its
world map from. Run it once when the outlines should change; the application never needs Python.

    apt-get download python3-geopandas && dpkg -x python3-geopandas_*.deb /tmp/gp
    resources/map/convert-naturalearth.py \
        /tmp/gp/usr/lib/python3/dist-packages/geopandas/datasets/naturalearth_lowres \
        resources/map/world-110m.json

Only the standard library is used: the .shp polygons and the .dbf attributes are read directly,
and the two-letter country codes come from Debian's iso-codes package (the region catalog names
countries by those).
"""
import json
import struct
import sys
from pathlib import Path


def read_dbf(path):
    data = path.read_bytes()
    records, header_size, record_size = struct.unpack("<xxxxIHH", data[:12])
    fields = []
    offset = 32
    while data[offset] != 0x0D:
        name = data[offset:offset + 11].split(b"\0")[0].decode("ascii")
        length = data[offset + 16]
        fields.append((name, length))
        offset += 32
    rows = []
    for i in range(records):
        start = header_size + i * record_size + 1  # skip the deletion flag
        row = {}
        for name, length in fields:
            row[name] = data[start:start + length].decode("utf-8", "replace").strip()
            start += length
        rows.append(row)
    return rows


def read_polygons(path):
    data = path.read_bytes()
    offset = 100
    shapes = []
    while offset < len(data):
        _, length = struct.unpack(">ii", data[offset:offset + 8])
        content = data[offset + 8:offset + 8 + length * 2]
        offset += 8 + length * 2
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type != 5:
            shapes.append([])
            continue
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = struct.unpack("<%di" % parts_count, content[44:44 + 4 * parts_count])
        base = 44 + 4 * parts_count
        points = struct.unpack("<%dd" % (2 * points_count), content[base:base + 16 * points_count])
        bounds = list(parts) + [points_count]
        rings = []
        for a, b in zip(bounds, bounds[1:]):
            ring = []
            for i in range(a, b):
                ring += [round(points[2 * i], 2), round(points[2 * i + 1], 2)]
            rings.append(ring)
        shapes.append(rings)
    return shapes


ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
# Natural Earth names these without an ISO alpha-3 code.
EXTRA_ALPHA2 = {"Kosovo": "XK"}


def alpha2_by_alpha3():
    entries = json.loads(ISO_CODES.read_text())["3166-1"]
    return {entry["alpha_3"]: entry["alpha_2"] for entry in entries}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: convert-naturalearth.py SHAPEFILE_FOLDER OUTPUT.json")
    folder = Path(sys.argv[1])
    rows = read_dbf(folder / "naturalearth_lowres.dbf")
    shapes = read_polygons(folder / "naturalearth_lowres.shp")
    alpha2 = alpha2_by_alpha3()
    countries = [
        {"name": row["name"], "iso_a3": row["iso_a3"],
         "iso_a2": alpha2.get(row["iso_a3"], EXTRA_ALPHA2.get(row["name"], "")),
         "continent": row["continent"], "rings": rings}
        for row, rings in zip(rows, shapes)
    ]
    document = {
        "attribution": "Made with Natural Earth. Free vector and raster map data "
                       "@ naturalearthdata.com (public domain). 1:110m Admin 0 countries.",
        "coordinates": "longitude, latitude pairs in degrees (WGS 84), rounded to 0.01",
        "countries": countries,
    }
    Path(sys.argv[2]).write_text(json.dumps(document, separators=(",", ":")) + "\n")
    print(f"{len(countries)} countries, {sum(len(r) for c in countries for r in c['rings']) // 2} points")


if __name__ == "__main__":
    main()
