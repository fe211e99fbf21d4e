//! One running Waypoint window driven over WebDriver, and the helpers the tests use on it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::driver::Driver;
use crate::procs;
use crate::wait::{poll, wait_until, wait_until_blocking, EXIT_TIMEOUT, START_TIMEOUT, UI_TIMEOUT};
use crate::{screenshots_dir, trace, TestDir};

/// How long one WebDriver screenshot may take.
const SCREENSHOT_TIMEOUT: Duration = Duration::from_secs(20);

/// A stand-in for the user's browser: an `xdg-open` first on the app's `PATH` that writes the
/// link it is given to a file instead of opening it, so no test starts a real browser and a
/// test can see what the app opened. Returns the `PATH` to give the app and the file.
fn stand_in_browser(root: &Path) -> (PathBuf, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let bin = root.join("bin");
    let log = root.join("opened-links.txt");
    let script = bin.join("xdg-open");
    // Called without arguments it is only being probed; it answers like xdg-open then.
    let body = format!(
        "#!/bin/sh\n[ $# -gt 0 ] || exit 1\nprintf '%s\\n' \"$1\" >> '{}'\n",
        log.display()
    );
    std::fs::create_dir_all(&bin)
        .and_then(|()| std::fs::write(&script, body))
        .and_then(|()| std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", script.display()));
    let path = std::env::var_os("PATH").unwrap_or_default();
    let joined = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(&path)))
        .unwrap_or_else(|e| panic!("cannot build PATH: {e}"));
    (PathBuf::from(joined), log)
}

/// The CSS selector of a `data-testid`.
pub fn sel(testid: &str) -> String {
    format!("[data-testid=\"{testid}\"]")
}

/// A running app: the WebDriver client, the driver that launched it and where its data is.
/// Dropping it kills the driver, WebKitWebDriver and the app (also on panic).
pub struct App {
    client: Client,
    data_dir: PathBuf,
    /// Where the stand-in browser writes each link the app asked it to open.
    opened_links: PathBuf,
    bin: PathBuf,
    // Declared last: dropped after the client, so cleanup runs once nothing else needs it.
    driver: Driver,
}

impl App {
    /// Starts tauri-driver and opens the app on `dir`'s data folder. The first session is
    /// retried once (tauri-driver does not wait for WebKitWebDriver to settle).
    pub async fn launch(dir: &TestDir) -> App {
        Self::launch_with(dir, &[]).await
    }

    /// [`App::launch`] with more environment variables for the app.
    pub async fn launch_with(dir: &TestDir, extra: &[(&str, &str)]) -> App {
        trace(&format!("launch on {}", dir.data_dir().display()));
        let bin = crate::app_binary();
        assert!(
            std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty()),
            "no DISPLAY: run the end-to-end tests under Xvfb: `make e2e`"
        );
        let data_dir = dir.data_dir();
        let xdg = dir.root().join("xdg");
        let (bin_dir, opened_links) = stand_in_browser(dir.root());
        let env = [
            ("PATH", bin_dir),
            ("WAYPOINT_DATA_DIR", data_dir.clone()),
            ("XDG_DATA_HOME", xdg.join("data")),
            ("XDG_CONFIG_HOME", xdg.join("config")),
            ("XDG_CACHE_HOME", xdg.join("cache")),
        ];
        let mut env: Vec<(&str, &Path)> = env.iter().map(|(k, v)| (*k, v.as_path())).collect();
        env.extend(extra.iter().map(|(k, v)| (*k, Path::new(*v))));
        let driver = Driver::start(&dir.root().join("logs"), &env);
        trace(&format!("tauri-driver ready at {}", driver.url()));

        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({
                "application": bin,
                "args": ["--data-dir", data_dir],
            }),
        );
        let client = match connect(&driver, caps.clone()).await {
            Ok(c) => c,
            Err(first) => {
                wait_until(
                    "tauri-driver ready again before retrying the session",
                    START_TIMEOUT,
                    async || driver.is_ready(),
                )
                .await;
                connect(&driver, caps).await.unwrap_or_else(|second| {
                    panic!(
                        "could not start a WebDriver session with {}:\n  first try: {first}\n  \
                         retry: {second}\n{}",
                        bin.display(),
                        driver.log_tail()
                    )
                })
            }
        };
        trace("session started");
        let app = App {
            client,
            data_dir,
            opened_links,
            bin,
            driver,
        };
        app.wait_js_true(
            "the page to finish loading (document.readyState == 'complete')",
            START_TIMEOUT,
            "return document.readyState === 'complete' ? true : document.readyState;",
        )
        .await;
        app
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The links the app handed to the browser, in order.
    pub fn opened_links(&self) -> Vec<String> {
        std::fs::read_to_string(&self.opened_links)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Waits until the app has handed `url` to the browser.
    pub async fn wait_opened(&self, url: &str) {
        self.wait_until(
            &format!("the browser to be asked to open {url}"),
            UI_TIMEOUT,
            async || {
                let opened = self.opened_links();
                if opened.iter().any(|u| u == url) {
                    Ok(())
                } else {
                    Err(format!("opened so far: {opened:?}"))
                }
            },
        )
        .await;
    }

    /// The driver's log tail, for failure messages.
    pub fn log_tail(&self) -> String {
        self.driver.log_tail()
    }

    // ----- waiting ----------------------------------------------------------------------

    /// Polls `check` until it returns `Ok` (see [`crate::wait::poll`]). On timeout it saves a
    /// screenshot named after the test (`FAILED-<test>.png`) and panics with what it waited
    /// for, what it last saw and where the screenshot is.
    pub async fn wait_until<T>(
        &self,
        what: &str,
        timeout: Duration,
        check: impl AsyncFnMut() -> Result<T, String>,
    ) -> T {
        trace(&format!("wait for {what}"));
        match poll(what, timeout, check).await {
            Ok(v) => v,
            Err(e) => self.fail(&e).await,
        }
    }

    /// Saves a screenshot of the failure, then panics with `message`.
    pub async fn fail(&self, message: &str) -> ! {
        let test = std::thread::current()
            .name()
            .unwrap_or("test")
            .replace("::", "-");
        let shot = match self.png().await {
            Ok(png) => {
                let path = screenshots_dir().join(format!("FAILED-{test}.png"));
                match std::fs::create_dir_all(screenshots_dir())
                    .and_then(|()| std::fs::write(&path, png))
                {
                    Ok(()) => path.display().to_string(),
                    Err(e) => format!("not saved: {e}"),
                }
            }
            Err(e) => format!("not taken: {e}"),
        };
        // The driver's and the app's last lines: a session that died says why only there.
        panic!("{message}\n  screenshot: {shot}\n{}", self.log_tail());
    }

    // ----- finding elements -------------------------------------------------------------

    /// All elements with this test id, now (possibly none, possibly hidden).
    pub async fn find_all(&self, testid: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(&sel(testid)))
            .await
            .unwrap_or_default()
    }

    /// The displayed elements matching `css`, now.
    pub async fn displayed_css(&self, css: &str) -> Vec<Element> {
        let mut shown = Vec::new();
        for el in self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default()
        {
            if self.visible(&el).await {
                shown.push(el);
            }
        }
        shown
    }

    /// Whether a person would see the element: connected, rendered (no `display: none` on it
    /// or an ancestor, e.g. a `hidden` view), not `visibility: hidden`, not fully transparent.
    /// Used instead of WebDriver's Is Element Displayed, which WebKitWebDriver answers `false`
    /// for a visible, 307x20 px row title with `overflow: hidden; text-overflow: ellipsis`.
    pub async fn visible(&self, el: &Element) -> bool {
        let Ok(arg) = serde_json::to_value(el) else {
            return false;
        };
        let script = "var e = arguments[0]; \
            if (!e.isConnected || e.getClientRects().length === 0) return false; \
            return e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });";
        matches!(
            self.client.execute(script, vec![arg]).await,
            Ok(Value::Bool(true))
        )
    }

    /// The displayed elements with this test id, now.
    pub async fn displayed(&self, testid: &str) -> Vec<Element> {
        self.displayed_css(&sel(testid)).await
    }

    /// How many elements with this test id are displayed now.
    pub async fn count(&self, testid: &str) -> usize {
        self.displayed(testid).await.len()
    }

    /// Waits until an element with this test id is displayed, and returns the first such.
    pub async fn find(&self, testid: &str) -> Element {
        self.find_css(
            &sel(testid),
            &format!("[data-testid={testid}] to be displayed"),
        )
        .await
    }

    /// Waits until an element matching `css` is displayed, and returns the first such.
    pub async fn find_css(&self, css: &str, what: &str) -> Element {
        self.wait_until(what, UI_TIMEOUT, async || {
            let all = self
                .client
                .find_all(Locator::Css(css))
                .await
                .map_err(|e| format!("lookup failed ({})", short(&e)))?;
            let n = all.len();
            for el in all {
                if self.visible(&el).await {
                    return Ok(el);
                }
            }
            Err(if n == 0 {
                "no such element".to_string()
            } else {
                format!("{n} present, none displayed")
            })
        })
        .await
    }

    /// Waits until no displayed element has this test id.
    pub async fn wait_gone(&self, testid: &str) {
        self.wait_until(
            &format!("[data-testid={testid}] to disappear"),
            UI_TIMEOUT,
            async || {
                let shown = self.count(testid).await;
                if shown == 0 {
                    Ok(())
                } else {
                    Err(format!("{shown} still displayed"))
                }
            },
        )
        .await;
    }

    // ----- acting -----------------------------------------------------------------------

    /// Clicks the element with this test id once it is displayed and enabled.
    pub async fn click(&self, testid: &str) {
        trace(&format!("click {testid}"));
        let el = self.find(testid).await;
        self.wait_until(
            &format!("[data-testid={testid}] to be enabled"),
            UI_TIMEOUT,
            async || match el.is_enabled().await {
                Ok(true) => Ok(()),
                Ok(false) => Err("disabled".into()),
                Err(e) => Err(short(&e)),
            },
        )
        .await;
        el.click()
            .await
            .unwrap_or_else(|e| panic!("click on [data-testid={testid}] failed: {e}"));
    }

    /// Moves the mouse over `el`, as a user pointing at it (tooltips open on hover). `Err`
    /// when the element went away meanwhile (redrawn), so a wait can find it again.
    pub async fn hover(&self, el: &Element) -> Result<(), String> {
        trace("hover");
        let mouse = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
            element: el.clone(),
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        self.client
            .perform_actions(mouse)
            .await
            .map_err(|e| format!("moving the mouse there failed ({})", short(&e)))
    }

    /// Focuses the field with this test id and types `text` into it (real key events).
    pub async fn type_into(&self, testid: &str, text: &str) {
        trace(&format!("type into {testid}: {text:?}"));
        let el = self.find(testid).await;
        el.click()
            .await
            .unwrap_or_else(|e| panic!("focusing [data-testid={testid}] failed: {e}"));
        el.send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing into [data-testid={testid}] failed: {e}"));
    }

    /// Empties the field with this test id (WebDriver "clear": fires `change`, not `input`).
    pub async fn clear(&self, testid: &str) {
        trace(&format!("clear {testid}"));
        let el = self.find(testid).await;
        el.clear()
            .await
            .unwrap_or_else(|e| panic!("clearing [data-testid={testid}] failed: {e}"));
    }

    /// Chooses the option with this value in the `<select>` with this test id.
    pub async fn select(&self, testid: &str, value: &str) {
        trace(&format!("select {value:?} in {testid}"));
        let el = self.find(testid).await;
        el.select_by_value(value).await.unwrap_or_else(|e| {
            panic!("choosing \"{value}\" in [data-testid={testid}] failed: {e}")
        });
    }

    /// Presses Ctrl + `key` on the focused element.
    pub async fn ctrl(&self, key: char) {
        let keys = format!(
            "{}{key}{}",
            char::from(fantoccini::key::Key::Control),
            char::from(fantoccini::key::Key::Null)
        );
        self.press(&format!("Ctrl+{key}"), &keys).await;
    }

    /// Sends `keys` (WebDriver key characters, see [`fantoccini::key::Key`]) to the focused
    /// element; `what` names them in the trace and in a failure.
    pub async fn press(&self, what: &str, keys: &str) {
        trace(&format!("press {what}"));
        let el = self
            .client
            .active_element()
            .await
            .unwrap_or_else(|e| panic!("no active element for {what}: {e}"));
        el.send_keys(keys)
            .await
            .unwrap_or_else(|e| panic!("pressing {what} failed: {e}"));
    }

    /// Runs a script in the page and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        trace(&format!("js {script}"));
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n  script: {script}"))
    }

    // ----- reading ----------------------------------------------------------------------

    /// An attribute of the (displayed) element with this test id.
    pub async fn attr(&self, testid: &str, name: &str) -> Option<String> {
        let el = self.find(testid).await;
        el.attr(name)
            .await
            .unwrap_or_else(|e| panic!("reading {name} of [data-testid={testid}] failed: {e}"))
    }

    /// The rendered text of an element (`innerText`). Used instead of WebDriver's Get Element
    /// Text, which is "" for the elements WebKitWebDriver wrongly takes as hidden (see
    /// [`App::visible`]).
    pub async fn text_of(&self, el: &Element) -> Result<String, String> {
        let arg = serde_json::to_value(el).map_err(|e| e.to_string())?;
        match self
            .client
            .execute("return arguments[0].innerText;", vec![arg])
            .await
        {
            Ok(Value::String(s)) => Ok(s),
            Ok(other) => Err(format!("innerText was {other}")),
            Err(e) => Err(short(&e)),
        }
    }

    /// The `value` property of the (displayed) input with this test id.
    pub async fn value(&self, testid: &str) -> String {
        trace(&format!("read value of {testid}"));
        let el = self.find(testid).await;
        el.prop("value")
            .await
            .unwrap_or_else(|e| panic!("reading value of [data-testid={testid}] failed: {e}"))
            .unwrap_or_default()
    }

    /// The visible text of the (displayed) element with this test id.
    pub async fn text(&self, testid: &str) -> String {
        let el = self.find(testid).await;
        self.text_of(&el)
            .await
            .unwrap_or_else(|e| panic!("reading text of [data-testid={testid}] failed: {e}"))
    }

    // ----- waiting on the UI ------------------------------------------------------------

    /// The element matching `css` now, or why not, for use inside a wait.
    async fn try_find(&self, css: &str) -> Result<Element, String> {
        self.client
            .find(Locator::Css(css))
            .await
            .map_err(|e| format!("element not found ({})", short(&e)))
    }

    /// Waits until `attribute` of the element with this test id equals `expected`.
    pub async fn wait_attr(&self, testid: &str, attribute: &str, expected: &str) {
        let css = sel(testid);
        self.wait_until(
            &format!("[data-testid={testid}] {attribute}=\"{expected}\""),
            UI_TIMEOUT,
            async || {
                let el = self.try_find(&css).await?;
                match el.attr(attribute).await {
                    Ok(Some(v)) if v == expected => Ok(()),
                    Ok(v) => {
                        let text = self.text_of(&el).await.unwrap_or_default();
                        Err(format!("{attribute}={v:?}, text {text:?}"))
                    }
                    Err(e) => Err(short(&e)),
                }
            },
        )
        .await;
    }

    /// Waits until the text of the element with this test id contains `needle`.
    pub async fn wait_text_contains(&self, testid: &str, needle: &str) -> String {
        let css = sel(testid);
        self.wait_until(
            &format!("[data-testid={testid}] text to contain {needle:?}"),
            UI_TIMEOUT,
            async || {
                let el = self.try_find(&css).await?;
                let text = self.text_of(&el).await?;
                if text.contains(needle) {
                    Ok(text)
                } else {
                    Err(format!("text {text:?}"))
                }
            },
        )
        .await
    }

    /// Waits until `count(testid) == n`.
    pub async fn wait_count(&self, testid: &str, n: usize) {
        self.wait_until(
            &format!("{n} element(s) [data-testid={testid}]"),
            UI_TIMEOUT,
            async || {
                let found = self.count(testid).await;
                if found == n {
                    Ok(())
                } else {
                    Err(format!("{found}"))
                }
            },
        )
        .await;
    }

    /// Waits until a script returns `true`; anything else it returns is reported on timeout.
    pub async fn wait_js_true(&self, what: &str, timeout: Duration, script: &str) {
        self.wait_until(what, timeout, async || {
            match self.client.execute(script, vec![]).await {
                Ok(Value::Bool(true)) => Ok(()),
                Ok(v) => Err(v.to_string()),
                Err(e) => Err(short(&e)),
            }
        })
        .await;
    }

    /// Waits until the editor says it saved (`save-status` data-state="saved").
    pub async fn wait_saved(&self) {
        self.wait_attr("save-status", "data-state", "saved").await;
    }

    /// The resolved theme from `<html data-theme>`.
    pub async fn theme(&self) -> String {
        match self
            .js("return document.documentElement.getAttribute('data-theme');")
            .await
        {
            Value::String(s) => s,
            other => other.to_string(),
        }
    }

    /// Picks `theme` (light/dark/system) in theme-select; for light/dark waits until
    /// `<html data-theme>` shows it.
    pub async fn set_theme(&self, theme: &str) {
        self.select("theme-select", theme).await;
        if theme != "system" {
            self.wait_js_true(
                &format!("<html data-theme=\"{theme}\">"),
                UI_TIMEOUT,
                &format!(
                    "var t = document.documentElement.getAttribute('data-theme'); \
                     return t === '{theme}' ? true : String(t);"
                ),
            )
            .await;
        }
    }

    /// Takes `NAME-light.png` and `NAME-dark.png` of the same screen, switching the theme with
    /// theme-select (which waits for `<html data-theme>` to follow), and ends in light.
    pub async fn screenshots_light_and_dark(&self, name: &str) {
        self.set_theme("light").await;
        self.screenshot(&format!("{name}-light")).await;
        self.set_theme("dark").await;
        assert_eq!(self.theme().await, "dark");
        self.screenshot(&format!("{name}-dark")).await;
        self.set_theme("light").await;
        assert_eq!(self.theme().await, "light");
    }

    /// Resizes the window and waits until the page is `width`×`height` (under Xvfb there is
    /// no window manager, so no frame: the window's size is the page's).
    pub async fn resize(&self, width: u32, height: u32) {
        trace(&format!("resize {width}x{height}"));
        self.client
            .set_window_size(width, height)
            .await
            .unwrap_or_else(|e| panic!("resizing the window to {width}x{height} failed: {e}"));
        self.wait_js_true(
            &format!("a {width}x{height} page"),
            UI_TIMEOUT,
            &format!(
                "return window.innerWidth === {width} && window.innerHeight === {height} \
                 ? true : window.innerWidth + 'x' + window.innerHeight;"
            ),
        )
        .await;
    }

    /// Saves a PNG of the window to `artifacts/screenshots/NAME.png` and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        trace(&format!("screenshot {name}"));
        let png = self
            .png()
            .await
            .unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
        let dir = screenshots_dir();
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, &png)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        assert!(
            png.starts_with(b"\x89PNG"),
            "screenshot {name} is not a PNG"
        );
        path
    }

    /// The window as PNG bytes, through WebDriver, bounded in time. Waits for two animation
    /// frames first, so the picture shows the DOM as it is now (the snapshot is otherwise
    /// the last frame WebKit presented, which can lag a change just made).
    async fn png(&self) -> Result<Vec<u8>, String> {
        let frames = self.client.execute_async(
            "var done = arguments[arguments.length - 1]; \
             requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });",
            vec![],
        );
        match tokio::time::timeout(SCREENSHOT_TIMEOUT, frames).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => return Err(format!("waiting for two frames failed: {}", short(&e))),
            Err(_) => return Err("the page drew no frame within the screenshot timeout".into()),
        }
        match tokio::time::timeout(SCREENSHOT_TIMEOUT, self.client.screenshot()).await {
            Ok(Ok(png)) => Ok(png),
            Ok(Err(e)) => Err(format!("WebDriver screenshot failed: {e}")),
            Err(_) => Err(format!(
                "WebDriver screenshot did not return within {}s. WebKitWebDriver waits for the \
                 page's next repaint, which never comes for a still page when WebKit's \
                 compositing is disabled (WEBKIT_DISABLE_COMPOSITING_MODE=1; the driver removes \
                 it from the app's environment, so check for another way it is disabled).",
                SCREENSHOT_TIMEOUT.as_secs()
            )),
        }
    }

    // ----- the process ------------------------------------------------------------------

    /// The driver, WebKitWebDriver, the app and WebKit's helpers: every process this App
    /// started, as ids.
    pub fn processes(&self) -> Vec<u32> {
        let mut all = procs::descendants(self.driver.pid());
        all.push(self.driver.pid());
        all
    }

    /// The app's process id: the one process started from the binary on this data folder.
    pub fn app_pid(&self) -> u32 {
        let under_driver = procs::descendants(self.driver.pid());
        let pids: Vec<u32> = procs::app_pids(&self.bin, &self.data_dir)
            .into_iter()
            .filter(|p| under_driver.contains(p))
            .collect();
        match pids.as_slice() {
            [pid] => *pid,
            _ => panic!(
                "expected one app process for {} on {}, found {pids:?}; processes under the driver: {}",
                self.bin.display(),
                self.data_dir.display(),
                under_driver
                    .iter()
                    .map(|&p| procs::describe(p))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        }
    }

    /// Sends SIGTERM to the app, as a logout would, and waits until it has exited; then
    /// tears down the driver. Panics (after the teardown) if the app does not exit in time.
    pub fn terminate(self) {
        trace("SIGTERM the app");
        let pid = self.app_pid();
        assert!(
            procs::signal(pid, "TERM"),
            "kill -TERM {pid} failed: {}",
            procs::describe(pid)
        );
        let exited = wait_until_blocking("the app to exit after SIGTERM", EXIT_TIMEOUT, || {
            if procs::is_alive(pid) {
                Err(procs::describe(pid))
            } else {
                Ok(())
            }
        });
        if let Err(e) = exited {
            let log = self.log_tail();
            drop(self);
            panic!("{e}\n{log}");
        }
        // `self` drops here: the driver and WebKitWebDriver are killed.
    }

    /// Ends the test's app the way a user's logout does (SIGTERM, which runs the app's close
    /// protocol) and tears everything down.
    ///
    /// Not WebDriver's DELETE /session: WebKitWebDriver then waits for the app to go away,
    /// and the app does not close for it, so that request never returns.
    pub async fn close(self) {
        self.terminate();
    }
}

/// Runs a whole test body with a deadline. On timeout the body is dropped — which kills its
/// app and driver — and the test fails saying so. Guards against a WebDriver request that
/// never returns (fantoccini has no request timeout).
pub async fn within<T>(limit: Duration, body: impl std::future::Future<Output = T>) -> T {
    match tokio::time::timeout(limit, body).await {
        Ok(v) => v,
        Err(_) => panic!(
            "the test did not finish within {}s (a WebDriver request hung?); its app was killed",
            limit.as_secs()
        ),
    }
}

/// Creates the WebDriver session (WebKitWebDriver launches the app), bounded in time.
pub async fn connect(
    driver: &Driver,
    caps: serde_json::Map<String, Value>,
) -> Result<Client, String> {
    let url = driver.url();
    let mut builder = ClientBuilder::native();
    builder.capabilities(caps);
    match tokio::time::timeout(START_TIMEOUT, builder.connect(&url)).await {
        Ok(Ok(client)) => Ok(client),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!(
            "no session after {}s (the app did not start?)",
            START_TIMEOUT.as_secs()
        )),
    }
}

/// A WebDriver error in one line, for "last saw" messages.
fn short(e: &CmdError) -> String {
    let s = e.to_string();
    s.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(200)
        .collect()
}
