//! Every section with no mouse: each is opened from the sidebar with Tab and Enter, then Tab
//! is pressed through it. Every control on screen must be reached (no trap, none skipped), and
//! each one shows where the focus is (an outline or a ring). On a journal with something in
//! every section, as the accessibility audit uses.

use fantoccini::key::Key;
use serde_json::Value;
use waypoint_e2e::{within, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

use crate::accessibility::{fill, SECTIONS};

#[tokio::test]
async fn every_section_is_reached_and_walked_through_by_keyboard_alone() {
    within(TEST_TIMEOUT * 2, walk()).await;
}

/// Marks every control a keyboard user should reach in the sidebar and the section shown
/// (visible, enabled, not taken out of the order) with `data-walk`, and returns how many.
const MARK: &str = r#"
  document.querySelectorAll('[data-walk]').forEach((e) => e.removeAttribute('data-walk'));
  const sel = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';
  const shown = (e) => {
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !e.closest('[hidden], [inert], [aria-hidden="true"]');
  };
  let n = 0;
  for (const e of document.querySelectorAll(sel)) {
    if (e.disabled || e.tabIndex < 0 || !shown(e)) continue;
    // A radio group is one stop; CodeMirror's inner scroller is not a stop of its own.
    if (e.type === 'radio' && !e.checked) continue;
    e.setAttribute('data-walk', String(n++));
  }
  return n;
"#;

/// How a control and its three nearest ancestors look: outline, shadow, borders, background.
/// A control shows its focus when this differs between focused and not.
const LOOK: &str = r#"
  const look = (e) => {
    const chain = [];
    for (let el = e, i = 0; el && i < 4; el = el.parentElement, i++) chain.push(el);
    return chain.map((el) => {
      const s = getComputedStyle(el);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderTopColor,
              s.borderRightColor, s.borderBottomColor, s.borderLeftColor, s.backgroundColor].join(' ');
    }).join(' / ');
  };
"#;

/// What has the focus: its walk mark (or a description) and how it looks focused.
const FOCUSED: &str = r#"
  const e = document.activeElement;
  if (!e || e === document.body) return { mark: null, what: 'body', look: '' };
  return { mark: e.getAttribute('data-walk'), what: e.outerHTML.slice(0, 100), look: look(e) };
"#;

/// How every marked control looks without the focus (none has it, and the editor has seen it
/// go: CodeMirror notes a blur a moment later).
const UNFOCUSED: &str = r#"
  if (document.querySelector('.cm-focused')) return null;
  return Object.fromEntries([...document.querySelectorAll('[data-walk]')].map((e) => [e.getAttribute('data-walk'), look(e)]));
"#;

async fn walk() {
    let dir = TestDir::new("keyboard");
    fill(&dir);
    let app = App::launch(&dir).await;
    app.find("home-view").await;
    let mut problems = Vec::new();
    for (nav, drawn) in SECTIONS {
        // To the section's button in the sidebar, by Tab alone, and Enter.
        app.js("document.activeElement && document.activeElement.blur(); window.focus();")
            .await;
        tab_to(&app, nav).await;
        app.press("Enter", &Key::Enter.to_string()).await;
        app.find(drawn).await;
        // Its controls are counted once it has its data (a section still loading has fewer).
        app.wait_js_true(
            "the section to finish loading (no aria-busy)",
            UI_TIMEOUT,
            "return !document.querySelector('[aria-busy=\"true\"]');",
        )
        .await;
        walk_here(&app, nav, &mut problems).await;
    }
    // An entry opened from the list by keyboard, and its editor walked (no Tab trap in it).
    tab_to(&app, "nav-journal").await;
    app.press("Enter", &Key::Enter.to_string()).await;
    tab_to(&app, "entry-row").await;
    app.press("Enter", &Key::Enter.to_string()).await;
    app.find("title-input").await;
    walk_here(&app, "the open entry", &mut problems).await;
    tab_to(&app, "body-input").await;
    app.screenshots_light_and_dark("keyboard-focus-in-the-editor")
        .await;
    problems.dedup();
    app.close().await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Presses Tab until the control with `testid` has the focus.
async fn tab_to(app: &App, testid: &str) {
    for _ in 0..80 {
        tab(app).await;
        if app
            .js("return document.activeElement.dataset.testid || null;")
            .await
            == testid
        {
            return;
        }
    }
    panic!("{testid} is not reached with Tab");
}

/// Tabs through what is on screen: every control reached, the focus drawn on each.
async fn walk_here(app: &App, label: &str, problems: &mut Vec<String>) {
    let controls = app.js(MARK).await.as_u64().expect("a count") as usize;
    // Each control reached: what it is and how it looked with the focus.
    let mut seen: std::collections::BTreeMap<String, (String, String)> = Default::default();
    // Twice round at most: enough to pass every control and come back.
    for _ in 0..(controls * 2 + 10) {
        tab(app).await;
        let focused = app.js(&format!("{LOOK}{FOCUSED}")).await;
        if let Some(mark) = focused["mark"].as_str() {
            let what = focused["what"].as_str().unwrap_or_default().to_string();
            let look = focused["look"].as_str().unwrap_or_default().to_string();
            seen.entry(mark.to_string()).or_insert((what, look));
        }
        if seen.len() == controls {
            break;
        }
    }
    eprintln!(
        "keyboard walk, {label}: {} of {controls} controls reached",
        seen.len()
    );
    app.js("document.activeElement.blur();").await;
    let unfocused = app
        .wait_until(
            "the focus to leave the section",
            UI_TIMEOUT,
            async || match app.js(&format!("{LOOK}{UNFOCUSED}")).await {
                Value::Null => Err("the editor still has it".to_string()),
                looks => Ok(looks),
            },
        )
        .await;
    for (mark, (what, look)) in &seen {
        if unfocused[mark.as_str()].as_str() == Some(look.as_str()) {
            problems.push(format!("{label}: the focus is not drawn on {what}"));
        }
    }
    if seen.len() < controls {
        let missed = app
            .js(&format!(
                "const seen = {:?}; return [...document.querySelectorAll('[data-walk]')]\
                 .filter((e) => !seen.includes(e.getAttribute('data-walk')))\
                 .map((e) => e.outerHTML.slice(0, 100));",
                seen.keys().collect::<Vec<_>>()
            ))
            .await;
        problems.push(format!("{label}: not reached by Tab: {missed}"));
    }
}

async fn tab(app: &App) {
    app.press("Tab", &Key::Tab.to_string()).await;
}
