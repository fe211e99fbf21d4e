//! Typing in the real window as the text grows (issue 10): `make bench-app` (Xvfb).
//!
//! In a journal entry and in a document holding 1 KB, 20 KB, 100 KB and 900 KB of prose (the
//! limit is 1 MiB), each keystroke is timed in the page from its `keydown` to the second frame
//! after it: the editor's work, the section's, layout and paint. Goal: every size within 1.5x
//! of the 1 KB figure. For documents it also times a finding's underline: from the last key of a
//! weasel word to its underline on screen (the checks wait for a 150 ms pause in typing, then
//! ask the core). Prints the figures; asserts nothing about time.

use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;
use waypoint_e2e::{wait_until, App, TestDir};

const SIZES_KB: [usize; 4] = [1, 20, 100, 900];
/// Keystrokes timed at each size (after a few not timed, while the page settles).
const TIMED: usize = 40;
const WARM_UP: usize = 5;
/// Typed last in documents: the checks underline it.
const WEASEL: &str = " Nearly all";
const WAIT: Duration = Duration::from_secs(120);

/// Keeps the time of every keystroke in the page, from its `keydown` to the second frame.
const INSTRUMENT: &str = "
  if (!window.__keys) {
    window.__keys = [];
    window.addEventListener('keydown', () => {
      const t0 = performance.now();
      window.__lastKey = t0;
      requestAnimationFrame(() => requestAnimationFrame(() => window.__keys.push(performance.now() - t0)));
    }, true);
  }";

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = TestDir::new("keystrokes");
    let app = App::launch(&dir).await;
    app.js(INSTRUMENT).await;
    println!("keystroke: keydown to the second frame after it, in the app under Xvfb (ms)");

    let mut journal = Vec::new();
    app.click("nav-journal").await;
    for kb in SIZES_KB {
        app.click("new-entry").await;
        fill(&app, "body-input", kb).await;
        let ms = type_timed(&app, TIMED).await;
        report("journal", kb, &ms, journal.first());
        journal.push(ms);
    }

    let mut documents = Vec::new();
    app.click("nav-documents").await;
    for kb in SIZES_KB {
        app.click("new-document").await;
        app.click("template-note").await;
        fill(&app, "document-body", kb).await;
        let ms = type_timed(&app, TIMED).await;
        report("document", kb, &ms, documents.first());
        documents.push(ms);
        let underline = underline_after(&app).await;
        println!("  document {kb:>4} KB: the underline follows the last key in {underline:.0} ms (150 ms of it the pause the checks wait for)");
    }
    app.close().await;
}

/// Puts `kb` KiB of prose into the editor, as a paste does, and waits until it is saved.
async fn fill(app: &App, testid: &str, kb: usize) {
    app.find(testid).await;
    let script = format!(
        "const f = document.querySelector('[data-testid=\"{testid}\"]');
         f.focus();
         const para = 'We moved billing to the new queue in March, and failed payments fell from 4 % to 1 %. '
           + 'Nearly all of the remaining failures were card declines, which the retry job was written to handle. '
           + 'The next step is a second region, so that one outage does not stop every payment.\\n\\n';
         const data = new DataTransfer();
         data.setData('text/plain', para.repeat(Math.ceil({kb} * 1024 / para.length)).slice(0, {kb} * 1024));
         f.dispatchEvent(new ClipboardEvent('paste', {{ clipboardData: data, bubbles: true, cancelable: true }}));
         return f.value.length;"
    );
    app.js(&script).await;
    app.wait_saved().await;
    app.ctrl(char::from(Key::End)).await;
}

/// Types `n` letters (and a few first, untimed) and returns each one's time, sorted.
async fn type_timed(app: &App, n: usize) -> Vec<f64> {
    let text: String = "abcdefghij ".chars().cycle().take(WARM_UP + n).collect();
    let mut times = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let seen = count(app).await;
        press(app, c).await;
        wait_until("the keystroke's second frame", WAIT, async || {
            if count(app).await > seen {
                Ok(())
            } else {
                Err("not yet".into())
            }
        })
        .await;
        if i >= WARM_UP {
            let last = app
                .js("return window.__keys[window.__keys.length - 1]")
                .await;
            times.push(last.as_f64().unwrap_or(f64::NAN));
        }
    }
    times.sort_by(f64::total_cmp);
    times
}

async fn count(app: &App) -> u64 {
    app.js("return window.__keys.length")
        .await
        .as_u64()
        .unwrap_or(0)
}

async fn press(app: &App, c: char) {
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: c })
        .then(KeyAction::Up { value: c });
    app.client()
        .perform_actions(keys)
        .await
        .unwrap_or_else(|e| panic!("typing {c:?} failed: {e}"));
}

/// Types a weasel word at the end and times its underline, from the last key (in the page).
async fn underline_after(app: &App) -> f64 {
    app.js(
        "window.__underline = null;
         const content = document.querySelector('[data-testid=document-body]');
         // The last line ends with the typed words, underlined (earlier ones may be too).
         const seen = () => {
           const line = content.lastElementChild;
           const marks = [...(line?.querySelectorAll('.cm-lintRange') ?? [])];
           return line?.textContent.endsWith('Nearly all') && marks.at(-1)?.textContent === 'Nearly all';
         };
         new MutationObserver((_, observer) => {
           if (seen()) { window.__underline = performance.now() - window.__lastKey; observer.disconnect(); }
         }).observe(content, { childList: true, subtree: true, attributes: true });",
    )
    .await;
    for c in WEASEL.chars() {
        press(app, c).await;
    }
    wait_until("the weasel's underline", WAIT, async || {
        match app.js("return window.__underline").await {
            Value::Number(ms) => Ok(ms.as_f64().unwrap_or(f64::NAN)),
            other => Err(format!("not yet ({other})")),
        }
    })
    .await
}

fn report(what: &str, kb: usize, sorted: &[f64], first: Option<&Vec<f64>>) {
    let at = |q: usize| sorted[(sorted.len() * q / 100).min(sorted.len() - 1)];
    let (p50, p95) = (at(50), at(95));
    let ratio = first.map_or(String::new(), |f| {
        let base = f[f.len() / 2];
        let r = p50 / base;
        format!(
            "  ({r:.2}x the 1 KB p50: {})",
            if r <= 1.5 { "within 1.5x" } else { "OVER 1.5x" }
        )
    });
    println!(
        "  {what:>8} {kb:>4} KB: p50 {p50:.1}  p95 {p95:.1}  max {:.1}{ratio}",
        sorted[sorted.len() - 1]
    );
}
