"""A stand-in for the desktop's notification service (org.freedesktop.Notifications) on the
test's own session bus. It writes each notification it is given to LOG as a line of JSON, and
on SIGUSR1 presses the last one's first button (ActionInvoked), as a user would.
Usage: /usr/bin/python3 notification_server.py LOG (python3-gi)."""
import json
import signal
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

INTERFACE = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  </interface>
</node>
"""
PATH = "/org/freedesktop/Notifications"
NAME = "org.freedesktop.Notifications"


class Server:
    def __init__(self, log):
        self.log = log
        self.shown = []  # (id, actions)
        self.connection = None

    def write(self, record):
        with open(self.log, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")

    def call(self, connection, sender, path, iface, method, params, invocation):
        if method == "GetCapabilities":
            invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
        elif method == "GetServerInformation":
            invocation.return_value(GLib.Variant("(ssss)", ("stand-in", "waypoint-tests", "1", "1.2")))
        elif method == "Notify":
            app, _replaces, icon, summary, body, actions, _hints, _timeout = params.unpack()
            nid = len(self.shown) + 1
            self.shown.append((nid, actions))
            self.write({"id": nid, "app": app, "icon": icon, "summary": summary, "body": body, "actions": actions})
            invocation.return_value(GLib.Variant("(u)", (nid,)))
        else:
            invocation.return_value(None)

    def press(self):
        if self.shown and self.connection:
            nid, actions = self.shown[-1]
            self.connection.emit_signal(None, PATH, NAME, "ActionInvoked", GLib.Variant("(us)", (nid, actions[0])))
            self.write({"pressed": actions[0], "id": nid})
        return GLib.SOURCE_CONTINUE


def main(log):
    server = Server(log)
    node = Gio.DBusNodeInfo.new_for_xml(INTERFACE)
    loop = GLib.MainLoop()

    def on_bus(connection, _name):
        server.connection = connection
        connection.register_object(PATH, node.interfaces[0], server.call, None, None)

    def named(_connection, _name):
        server.write({"ready": True})

    Gio.bus_own_name(Gio.BusType.SESSION, NAME, Gio.BusNameOwnerFlags.NONE, on_bus, named, lambda *_: loop.quit())
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGUSR1, server.press)
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, lambda: loop.quit() or GLib.SOURCE_REMOVE)
    loop.run()


if __name__ == "__main__":
    main(sys.argv[1])
