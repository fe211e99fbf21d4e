//! The window never leaves the app. A navigation to anything but the app's own pages (a link
//! clicked, middle-clicked or opened from the keyboard, a script setting `window.location`, a
//! link dropped on the window, `window.open`) is stopped here; a web or mail link opens in the
//! user's browser, anything else is refused. The UI is told either way (`LINK_EVENT`), so the
//! user sees what happened. The UI catches clicks itself first (`open_link`); this is the net
//! under it for every other way a navigation can start.

use serde::Serialize;
use tauri::webview::{NewWindowResponse, WebviewWindowBuilder};
use tauri::{AppHandle, Emitter, Manager, Runtime, Url};
use waypoint_core::Error;

/// Emitted with a [`LinkFollowed`] when the window was kept from navigating.
pub const LINK_EVENT: &str = "waypoint://link-followed";

/// A link the window did not follow itself: opened in the browser, or refused and why.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct LinkFollowed {
    pub url: String,
    /// Why it was not opened; absent when the browser was asked to open it.
    pub refused: Option<String>,
}

/// Hands a link to the user's browser (or mail program) if the core allows it. It waits a
/// moment to see whether the launcher failed (`open` gives it 250 ms), so call it off the
/// window's thread.
pub fn open_outside(link: &str) -> Result<String, Error> {
    let url = waypoint_core::links::outside_link(link)?;
    tauri_plugin_opener::open_url(&url, None::<&str>).map_err(|e| {
        Error::system(format!(
            "Your browser could not be started to open {url} ({e}). Copy the link and open it yourself."
        ))
    })?;
    Ok(url)
}

/// The window's own pages: the bundled UI (`tauri://localhost` on Linux and macOS,
/// `http://tauri.localhost` on Windows), and in a development build the Vite server.
fn is_app_page(url: &Url, dev_url: Option<&Url>) -> bool {
    url.scheme() == "tauri"
        || url.host_str() == Some("tauri.localhost")
        || (tauri::is_dev() && dev_url.is_some_and(|d| d.origin() == url.origin()))
}

/// Opens `url` outside on a thread of its own (the navigation handlers run on the window's
/// thread, which must not wait for the launcher) and tells the UI what came of it.
fn follow_outside<R: Runtime>(app: &AppHandle<R>, url: &Url) {
    let app = app.clone();
    let url = url.to_string();
    std::thread::spawn(move || {
        let followed = match open_outside(&url) {
            Ok(url) => LinkFollowed { url, refused: None },
            Err(e) => LinkFollowed {
                url,
                refused: Some(e.message),
            },
        };
        if let Err(e) = app.emit(LINK_EVENT, &followed) {
            eprintln!(
                "waypoint: could not tell the window about the link {}: {e}",
                followed.url
            );
        }
    });
}

/// `builder` with both guards: navigations and new-window requests stay out of the window.
pub fn keep_in_app<'a, R: Runtime, M: Manager<R>>(
    builder: WebviewWindowBuilder<'a, R, M>,
    app: &AppHandle<R>,
) -> WebviewWindowBuilder<'a, R, M> {
    let dev_url = app.config().build.dev_url.clone();
    let on_navigate = app.clone();
    let on_new_window = app.clone();
    builder
        .on_navigation(move |url| {
            if is_app_page(url, dev_url.as_ref()) {
                return true;
            }
            follow_outside(&on_navigate, url);
            false
        })
        .on_new_window(move |url, _features| {
            follow_outside(&on_new_window, &url);
            NewWindowResponse::Deny
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn only_the_apps_own_pages_stay_in_the_window() {
        let dev = url("http://localhost:5173/");
        assert!(is_app_page(
            &url("tauri://localhost/index.html"),
            Some(&dev)
        ));
        assert!(is_app_page(&url("http://tauri.localhost/"), Some(&dev)));
        for outside in [
            "https://example.com/pnl",
            "http://localhost:8080/",
            "file:///etc/passwd",
            "about:blank",
            "mailto:a@example.com",
        ] {
            assert!(!is_app_page(&url(outside), Some(&dev)), "{outside}");
        }
        // The dev server is the app's page only in a development build.
        assert_eq!(
            is_app_page(&url("http://localhost:5173/?x"), Some(&dev)),
            tauri::is_dev()
        );
    }
}
