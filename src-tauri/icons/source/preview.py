"""A sheet of the app icon as panels show it: each size at 1x and, up to 48 px, magnified 4x
(nearest neighbour, to judge the pixels), on a light and on a dark panel.
Usage: python3 preview.py ICON_DIR OUT.png (GdkPixbuf through python3-gi)."""
import sys

import gi

gi.require_version("GdkPixbuf", "2.0")
from gi.repository import GdkPixbuf  # noqa: E402

SIZES = [16, 24, 32, 48, 128]
WIDTH, HEIGHT = 1100, 640
PANELS = [0xF2F2F2FF, 0x202124FF]  # a light panel, a dark panel


def main(icon_dir, out):
    rgba = GdkPixbuf.Colorspace.RGB
    sheet = GdkPixbuf.Pixbuf.new(rgba, True, 8, WIDTH, HEIGHT)
    row_height = HEIGHT // len(PANELS)
    for row, colour in enumerate(PANELS):
        panel = GdkPixbuf.Pixbuf.new(rgba, True, 8, WIDTH, row_height)
        panel.fill(colour)
        panel.copy_area(0, 0, WIDTH, row_height, sheet, 0, row * row_height)
        x = 20
        for size in SIZES:
            icon = GdkPixbuf.Pixbuf.new_from_file(f"{icon_dir}/{size}x{size}.png")
            y = row * row_height + 20
            icon.composite(sheet, x, y, size, size, x, y, 1, 1, GdkPixbuf.InterpType.NEAREST, 255)
            if size <= 48:
                big, y = size * 4, y + size + 10
                icon.composite(sheet, x, y, big, big, x, y, 4, 4, GdkPixbuf.InterpType.NEAREST, 255)
                x += big + 30
            else:
                x += size + 30
    sheet.savev(out, "png", [], [])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
