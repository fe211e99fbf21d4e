"""Saves a PNG of a local HTML file as WebKitGTK (the engine of the app's window) draws it,
the whole page, without the network. For the end-to-end suite: an exported page is looked at
the way a reader's browser would show it. Usage: page_shot.py PAGE.html OUT.png"""
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

page, out = sys.argv[1], sys.argv[2]
window = Gtk.OffscreenWindow()
window.set_default_size(900, 1200)
view = WebKit2.WebView()
# Nothing may be fetched: an exported page is self-contained.
view.get_website_data_manager().set_network_proxy_settings(
    WebKit2.NetworkProxyMode.CUSTOM, WebKit2.NetworkProxySettings.new("http://127.0.0.1:9", None)
)
window.add(view)
window.show_all()
failed = []


def saved(v, result, _):
    try:
        v.get_snapshot_finish(result).write_to_png(out)
    except GLib.Error as e:
        failed.append(str(e))
    Gtk.main_quit()


def changed(v, event):
    if event == WebKit2.LoadEvent.FINISHED:
        v.get_snapshot(WebKit2.SnapshotRegion.FULL_DOCUMENT, WebKit2.SnapshotOptions.NONE, None, saved, None)


def load_failed(v, _event, uri, error):
    failed.append(f"{uri}: {error.message}")
    Gtk.main_quit()
    return True


view.connect("load-changed", changed)
view.connect("load-failed", load_failed)
view.load_uri(GLib.filename_to_uri(page, None))
Gtk.main()
if failed:
    sys.exit("page_shot: " + "; ".join(failed))
