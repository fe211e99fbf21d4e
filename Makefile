# Waypoint — two commands for a newcomer on Debian/Ubuntu:
#   make run    install what is missing, build, open the app
#   make test   the same setup, then every test (Rust, UI, end-to-end under Xvfb)
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

CARGO ?= cargo
# fonts-noto-color-emoji: without a colour emoji font, WebKitGTK draws emoji as empty boxes.
APP_PACKAGES := build-essential pkg-config file libwebkit2gtk-4.1-dev librsvg2-dev \
                libayatana-appindicator3-dev libssl-dev libxdo-dev fonts-noto-color-emoji
# desktop-file-utils: desktop-file-validate, for the package's launcher entry. dbus: a session
# bus for the single-instance check (dbus-run-session); xdotool: which window has the focus;
# x11-utils: xprop, to read a window's icon.
# poppler-utils: pdftotext, to read back the exported PDFs; python3-gi(-cairo) and WebKit's
# introspection data: tests/tools/page_shot.py, to look at an exported page as a browser shows it.
TEST_PACKAGES := xvfb xauth webkit2gtk-driver poppler-utils python3-gi python3-gi-cairo gir1.2-webkit2-4.1 \
                 desktop-file-utils dbus xdotool x11-utils
CLOCK_PACKAGES := faketime
TAURI_DRIVER_VERSION := 2.1.0
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: run test package package-check icons deps test-deps clock-deps node-check ui-deps bindings ui-answers ui lint build-tests rust-test ui-test cli test-clock app e2e bench bench-app fuzz clean

run: deps ui
	$(CARGO) build --release -p waypoint --features custom-protocol
	$(TARGET_DIR)/release/waypoint

test: deps test-deps ui lint build-tests rust-test ui-test package-check e2e

# The Debian package (release build): a launcher entry, icons, `waypoint` and `waypoint-app` in
# /usr/bin. Tauri's bundler is the npm package @tauri-apps/cli (ui/package.json); a .deb needs
# no download. (An AppImage would: the bundler fetches linuxdeploy, which this network lacks.)
TAURI := $(CURDIR)/ui/node_modules/.bin/tauri
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
DEB_NAME := Waypoint_$(VERSION)_$(shell dpkg --print-architecture).deb

package: deps ui
	cd src-tauri && $(TAURI) build --bundles deb --ci --features custom-protocol
	@echo "The package: $(TARGET_DIR)/release/bundle/deb/$(DEB_NAME)"

# --- setup -------------------------------------------------------------------------------
define apt_install
	missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

deps: node-check ui-deps
	@$(call apt_install,$(APP_PACKAGES))

test-deps:
	@$(call apt_install,$(TEST_PACKAGES))
	@command -v tauri-driver >/dev/null || $(CARGO) install tauri-driver --version $(TAURI_DRIVER_VERSION) --locked

clock-deps:
	@$(call apt_install,$(CLOCK_PACKAGES))

node-check:
	@command -v node >/dev/null || { echo "Node.js 20.19+ is needed (with npm). Install it, then run make again."; exit 1; }
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node.js "+process.versions.node+" is too old: 20.19 or newer is needed."); process.exit(1) }'

ui-deps:
	@if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then \
	  cd ui && npm ci --no-audit --no-fund; fi

# The UI's TypeScript client and types (ui/src/api/bindings.ts), generated from the commands
# declared in src-tauri/src/app/commands/mod.rs; `make test` fails while the committed file is stale.
bindings: ui
	WAYPOINT_WRITE_BINDINGS=1 $(TESTS) -q --bin waypoint-app the_generated_typescript_client_is_current

# The real core's answers the UI's tests and dev mode replay (core/tests/it/ui_answers.rs);
# `make test` fails while the committed file differs from what the core answers now.
ui-answers: ui
	WAYPOINT_WRITE_UI_ANSWERS=1 $(TESTS) -q --test it ui_answers

ui:
	cd ui && npm run build

# --- tests -------------------------------------------------------------------------------
lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	cd ui && npm run check

# Every Rust build of `make test` is this one command, with the same packages and features:
# cargo resolves features per command line, and any difference (a package left out, a plain
# `cargo build` without the dev-dependencies) compiles Tauri and WebKit's bindings again.
# `--no-run` builds every test and both binaries (target/debug/waypoint, waypoint-app: the
# CLI the UI's tests ask, the app the end-to-end suite drives); the app's feature embeds
# ui/dist, built by `ui`.
APP_FEATURES := --features waypoint/custom-protocol
TESTS := $(CARGO) test --workspace $(APP_FEATURES)
# The unit and integration suites (the end-to-end one needs a display: `e2e`).
UNIT_TESTS := --lib --bins --test it --test cli --test crash --test crash_conversion

build-tests: ui
	$(TESTS) --no-run

rust-test: build-tests
	$(TESTS) $(UNIT_TESTS)

# The UI's tests ask the real core, through the command line (ui/src/test/core.ts).
ui-test: cli
	cd ui && npm test

cli: build-tests

# The Rust and UI unit suites on other days and in other zones (libfaketime): a Friday, a
# Sunday, New Year's Eve, 29 February, and the EU and US DST change days, each late in the
# local evening, in zones with odd offsets. Not part of `make test` (it takes a while).
CLOCKS := "2026-11-27 23:50:00|Pacific/Chatham" "2026-11-29 23:50:00|America/St_Johns" \
          "2026-12-31 23:50:00|UTC" "2028-02-29 23:50:00|Pacific/Chatham" \
          "2027-03-28 02:30:00|Europe/Berlin" "2027-10-31 02:30:00|America/St_Johns" \
          "2027-03-14 02:30:00|America/New_York" "2027-11-07 01:30:00|UTC"
# The unit suites are built first on the real clock: rustc can hang under libfaketime.
test-clock: deps clock-deps build-tests
	$(TESTS) $(UNIT_TESTS) --no-run
	@for c in $(CLOCKS); do \
	  at="$${c%%|*}"; zone="$${c##*|}"; echo "== $$at in $$zone"; \
	  TZ="$$zone" FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "@$$at" \
	    $(TESTS) -q $(UNIT_TESTS) \
	    || { echo "Rust tests failed at $$at in $$zone"; exit 1; }; \
	  (cd ui && TZ="$$zone" faketime -f "@$$at" npx vitest run --reporter=dot) || { echo "UI tests failed at $$at in $$zone"; exit 1; }; \
	done

# The icon in every size the desktop asks for, drawn from its two sources (a pixel-grid
# drawing for 16-32 px, the full one above), and a sheet of them on light and dark panels.
ICON_DIR := src-tauri/icons
icons:
	@$(call apt_install,librsvg2-bin python3-gi)
	for s in 16 24 32; do rsvg-convert -w $$s -h $$s $(ICON_DIR)/source/waypoint-small.svg -o $(ICON_DIR)/$${s}x$${s}.png; done
	for s in 48 64 128 256 512; do rsvg-convert -w $$s -h $$s $(ICON_DIR)/source/waypoint.svg -o $(ICON_DIR)/$${s}x$${s}.png; done
	mkdir -p artifacts/screenshots
	/usr/bin/python3 $(ICON_DIR)/source/preview.py $(ICON_DIR) artifacts/screenshots/icon-on-panels.png

# The same bundler and configuration as `package`, on the test build's binaries (a release
# build would double the time `make test` takes): tests/tests/package.rs unpacks and checks it.
package-check: build-tests
	cd src-tauri && $(TAURI) bundle --debug --bundles deb --ci
	WAYPOINT_DEB=$(TARGET_DIR)/debug/bundle/deb/$(DEB_NAME) $(TESTS) --test package

# The real app, serving the built UI from inside the binary (the test build's, see above).
app: build-tests

e2e: app
	mkdir -p artifacts/screenshots
	dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" $(TESTS) --test e2e -- --test-threads=1

bench:
	$(CARGO) bench -p waypoint-core --bench journal --bench growth --bench calendar --bench typing --bench roi --bench writing --bench review --bench transfer --bench encryption
	$(CARGO) bench -p waypoint --bench cli_process

# Start-up, memory and size of the release app beside a hello-world Tauri app built here from
# tests/hello (same Tauri, same release profile); Waypoint is also built once without the PDF
# engine, to tell the engine's share of the binary. Then keystrokes in the real window (the test
# build of the app) as the text grows.
BENCH_DIR := $(TARGET_DIR)/bench-app
bench-app: deps test-deps ui app
	$(CARGO) build --release -p waypoint --features custom-protocol --no-default-features
	mkdir -p $(BENCH_DIR) && cp $(TARGET_DIR)/release/waypoint-app $(BENCH_DIR)/waypoint-app-no-pdf
	$(CARGO) build --release -p waypoint --features custom-protocol
	cd tests/hello && CARGO_TARGET_DIR=$(TARGET_DIR) $(CARGO) build --release --features custom-protocol
	WAYPOINT_BIN=$(TARGET_DIR)/release/waypoint HELLO_BIN=$(TARGET_DIR)/release/hello-tauri \
	  WAYPOINT_NO_PDF_BIN=$(BENCH_DIR)/waypoint-app-no-pdf \
	  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" $(CARGO) bench -p waypoint-e2e --bench startup
	xvfb-run -a -s "-screen 0 1280x800x24" $(CARGO) bench -p waypoint-e2e --bench keystrokes

# The core's readers of outside bytes (every importer, the .ics reader, the Markdown renderer,
# the writing checks) on inputs libFuzzer makes up, FUZZ_SECONDS each (nightly, cargo-fuzz; not
# part of `make test`). Each corpus grows in fuzz/corpus/<target>/ from fuzz/seeds/<target>/,
# which stay as they are. A crash stops the run with its input in fuzz/artifacts/<target>/:
# fix it and copy the input to core/tests/fuzz_regressions/<target>/, which `cargo test` replays.
FUZZ_TARGETS := ics markdown writing_checks jrnl dayone daylio markdown_notes
FUZZ_SECONDS ?= 60

fuzz:
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	@for t in $(FUZZ_TARGETS); do \
	  echo "== $$t for $(FUZZ_SECONDS) s"; mkdir -p fuzz/corpus/$$t; \
	  $(CARGO) +nightly fuzz run $$t fuzz/corpus/$$t fuzz/seeds/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 \
	    || { echo "The fuzz target $$t crashed: its input is in fuzz/artifacts/$$t/"; exit 1; }; \
	done

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules artifacts
