//! An automated accessibility audit of every section, in the light and the dark theme: axe-core
//! (the npm package in ui/node_modules, a test-only dependency) runs inside the real webview
//! through WebDriver, on a journal with something in every section. No serious or critical
//! finding may remain; each one found is listed with the rule, the section, the theme and
//! where. The open editor and the shortcuts dialog are audited too.

use fantoccini::key::Key;
use serde_json::{json, Value};
use waypoint_core::documents::DocumentKind;
use waypoint_core::journal::EntryDraft;
use waypoint_e2e::{disk, within, workspace_root, App, TestDir, TEST_TIMEOUT};

const PASS: &str = "a quiet lighthouse keeper";

/// Each section's button in the sidebar and what shows once it is drawn.
pub(crate) const SECTIONS: [(&str, &str); 9] = [
    ("nav-home", "home-view"),
    ("nav-journal", "entry-row"),
    ("nav-documents", "document-row"),
    ("nav-plan", "plan-view"),
    ("nav-competencies", "competencies-view"),
    ("nav-workload", "workload-view"),
    ("nav-review", "review-view"),
    ("nav-data", "data-view"),
    ("nav-trash", "trash-list"),
];

#[tokio::test]
async fn every_section_passes_axe_with_no_serious_or_critical_findings_in_both_themes() {
    within(TEST_TIMEOUT * 2, audit()).await;
}

/// Something in every section: entries (one in the trash), a document, this year's plan.
pub(crate) fn fill(dir: &TestDir) {
    let today = disk::today();
    let mut s = disk::store(&dir.data_dir()).expect("the journal");
    for (title, body) in [
        ("Quarter planning", "Wrote the **roadmap** with the team."),
        ("Old idea", "Not needed any more."),
    ] {
        let draft = EntryDraft {
            title: title.into(),
            body: body.into(),
            ..Default::default()
        };
        s.create_entry(&draft, today).expect("an entry");
    }
    let old = s
        .find_entries(&Default::default())
        .expect("the entries")
        .items
        .into_iter()
        .find(|h| h.entry.title == "Old idea")
        .expect("the old idea");
    s.trash_entry(old.entry.id).expect("into the trash");
    s.create_document(DocumentKind::Brief, "Move billing to the new queue")
        .expect("a brief");
    let plan = waypoint_core::plan::NewPlan {
        start_month: today.format("%Y-%m").to_string(),
        title: None,
    };
    s.create_plan(&plan, today).expect("a plan");
}

async fn audit() {
    let dir = TestDir::new("accessibility");
    fill(&dir);
    let app = App::launch(&dir).await;
    load_axe(&app).await;

    let mut findings: Vec<String> = Vec::new();
    for theme in ["light", "dark"] {
        app.set_theme(theme).await;
        for (nav, drawn) in SECTIONS {
            app.click(nav).await;
            app.find(drawn).await;
            for v in violations(&app).await {
                findings.push(format!("{theme} {nav}: {v}"));
            }
        }
        // The editor, with an entry open.
        app.click("nav-journal").await;
        app.click("entry-row").await;
        app.find("title-input").await;
        for v in violations(&app).await {
            findings.push(format!("{theme} the open entry: {v}"));
        }
        // The shortcuts dialog, modal over the rest.
        app.click("open-shortcuts").await;
        app.find("shortcuts-help").await;
        for v in violations(&app).await {
            findings.push(format!("{theme} the shortcuts dialog: {v}"));
        }
        app.press("Escape", &Key::Escape.to_string()).await;
        app.wait_gone("shortcuts-help").await;
    }
    app.set_theme("light").await;
    app.close().await;
    assert!(
        findings.is_empty(),
        "{} serious or critical accessibility findings:\n{}",
        findings.len(),
        findings.join("\n")
    );
}

#[tokio::test]
async fn the_unlock_screen_passes_axe_in_both_themes_also_after_a_wrong_passphrase() {
    within(TEST_TIMEOUT, unlock_screen()).await;
}

async fn unlock_screen() {
    let dir = TestDir::new("accessibility-locked");
    {
        let mut s = disk::store(&dir.data_dir()).expect("the journal");
        // A cheap key derivation: the test is about the screen, not its cost.
        let fast = waypoint_core::KdfParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        };
        s.set_passphrase(PASS, PASS, fast).expect("encrypted");
    }
    let app = App::launch(&dir).await;
    app.find("unlock-screen").await;
    load_axe(&app).await;
    let mut findings: Vec<String> = Vec::new();
    app.type_into("unlock-passphrase", "not the passphrase")
        .await;
    app.click("unlock-submit").await;
    app.wait_text_contains("unlock-problem", "does not unlock this journal")
        .await;
    // The unlock screen follows the last theme chosen; both are audited.
    for theme in ["light", "dark"] {
        app.js(&format!(
            "document.documentElement.dataset.theme = '{theme}'; return true;"
        ))
        .await;
        for v in violations(&app).await {
            findings.push(format!("{theme} the unlock screen: {v}"));
        }
    }
    app.close().await;
    assert!(findings.is_empty(), "{}", findings.join("\n"));
}

/// Loads axe-core into the page. The script WebDriver runs is not the page's, so the strict
/// CSP does not stop it.
async fn load_axe(app: &App) {
    let axe = std::fs::read_to_string(workspace_root().join("ui/node_modules/axe-core/axe.min.js"))
        .expect("axe-core is installed (npm ci in ui/)");
    let loaded = app
        .client()
        .execute(&format!("{axe}\n;return typeof axe.run;"), vec![])
        .await
        .expect("axe-core loads in the page");
    assert_eq!(loaded, json!("function"));
}

/// The serious and critical violations of WCAG 2.1 A and AA on the page as it is, each as
/// `rule (impact): help — where`.
async fn violations(app: &App) -> Vec<String> {
    let result = app
        .client()
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
               .then((r) => done(r.violations
                 .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                 .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                where: v.nodes.slice(0, 4).map((n) => n.target.join(' ')) }))))
               .catch((e) => done([{ id: 'axe-failed', impact: 'critical', help: String(e), where: [] }]));",
            vec![],
        )
        .await
        .expect("axe runs");
    let Value::Array(found) = result else {
        panic!("axe answered {result}");
    };
    found
        .iter()
        .map(|v| {
            format!(
                "{} ({}): {} — {}",
                v["id"].as_str().unwrap_or("?"),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or("?"),
                v["where"]
            )
        })
        .collect()
}
