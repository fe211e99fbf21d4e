#!/bin/bash
# Run as root (or with sudo) after `make package`: tests/tools/install_check.sh PATH.deb
# Needs xvfb, dbus, xdotool and x11-utils (`make test-deps`) and desktop-file-utils.
# Installs the release .deb for real, starts Waypoint from it under Xvfb with a session bus,
# puts another journal's window in front, starts Waypoint again on the first journal (its
# window must take the focus, and no second window open), then removes the package.
set -u
DEB=${1:?the .deb}
dpkg -i "$DEB" >/dev/null && echo "installed: $(dpkg-query -W -f='${Package} ${Version} ${Status}' waypoint)"
echo "waypoint --version: $(waypoint --version)"
desktop-file-validate /usr/share/applications/Waypoint.desktop && echo "desktop entry valid (hints aside)"
grep -E '^(Name|Exec|Icon|Categories|StartupWMClass)=' /usr/share/applications/Waypoint.desktop
echo "icon sizes installed: $(ls /usr/share/icons/hicolor/*/apps/waypoint.png | wc -l)"
A=$(mktemp -d) B=$(mktemp -d) dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  win_of() { for w in $(xdotool search --onlyvisible --name "^Waypoint$" 2>/dev/null); do [ "$(xdotool getwindowpid $w)" = "$1" ] && echo $w; done; }
  waypoint --data-dir "$A" & first=$!
  for i in $(seq 100); do w=$(win_of $first); [ -n "$w" ] && break; sleep 0.2; done
  echo "first window $w, pid $first, $(xprop -id $w WM_CLASS)"
  xprop -id $w WM_HINTS | grep -q "bitmap id # to use for icon" && echo "its icon is set (WM_HINTS icon pixmap)"
  waypoint --data-dir "$B" & other=$!
  for i in $(seq 100); do o=$(win_of $other); [ -n "$o" ] && break; sleep 0.2; done
  xdotool windowfocus --sync $o
  echo "focus on the other journal (pid $other): $(xdotool getwindowfocus getwindowpid)"
  timeout 20 waypoint --data-dir "$A"; echo "second start on the first journal exited with $?"
  for i in $(seq 50); do [ "$(xdotool getwindowfocus getwindowpid)" = "$first" ] && break; sleep 0.1; done
  echo "focus now on pid $(xdotool getwindowfocus getwindowpid) (the first is $first)"
  echo "windows of the first journal: $(win_of $first | wc -l)"
  kill -TERM $first $other; wait $first; echo "first exited with $?"
'
dpkg -r waypoint >/dev/null && echo "removed; /usr/bin/waypoint still there: $(test -e /usr/bin/waypoint && echo yes || echo no)"
