//! Writing a brief from its template, as a user would: the checks react to what is typed, the
//! bottom line turns the checklist green, a finding is set aside, Ctrl+S keeps a revision, and
//! what is on disk is what was typed.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use waypoint_e2e::{cli, disk, keys, within, App, TestDir, TEST_TIMEOUT};

/// Typed after the template: a first paragraph that makes no decision, with a weasel word.
const WEAK: &str = "Nearly all failed payments happen at peak load.\n\n";
/// Typed before everything: the bottom line with the decision, the ask and a date.
const BLUF: &str = "I recommend we move billing to the new queue by March 31. Please approve two engineers for six weeks by Friday.\n\n";

/// Typed after naming a version, then compared and undone by restoring it.
const LATER: &str = " Later words.";

/// Typed last, before Ctrl+S.
const MORE: &str = "Risks: the spring sale.";

#[tokio::test]
async fn a_brief_from_its_template_with_checks_that_follow_the_typing() {
    within(TEST_TIMEOUT, brief()).await;
}

async fn brief() {
    let dir = TestDir::new("documents");
    // A year plan, so the brief can be linked to its Q2 milestone "Write an executive brief".
    let today = disk::today();
    let plan = waypoint_core::plan::NewPlan {
        start_month: today.format("%Y-%m").to_string(),
        title: None,
    };
    disk::store(&dir.data_dir())
        .and_then(|mut s| s.create_plan(&plan, today))
        .expect("a plan");
    let app = App::launch(&dir).await;
    app.click("nav-documents").await;
    app.find("template-chooser").await;
    app.wait_text_contains("documents-empty", "will be listed here")
        .await;
    app.screenshots_light_and_dark("documents-empty").await;

    app.click("template-brief").await;
    app.type_into("document-title", "Move billing to the new queue")
        .await;
    let template = app.value("document-body").await;
    assert!(
        template.contains("## Bottom line and the ask\n\n<!-- "),
        "{template}"
    );
    app.wait_attr("check-bottom-line-first", "data-passed", "false")
        .await;

    // At the end of the template: a paragraph the checks flag while it is being typed.
    caret_at(&app, Key::End).await;
    type_at_caret(&app, WEAK).await;
    app.wait_until("the weasel word to be flagged", waypoint_e2e::UI_TIMEOUT, async || {
        let rules = app.js("return [...document.querySelectorAll('[data-testid=finding]')].map(f => f.dataset.rule)").await;
        if rules.to_string().contains("weasel") { Ok(()) } else { Err(format!("findings: {rules}")) }
    })
    .await;
    app.wait_text_contains("check-bottom-line-first", "no decision")
        .await;
    // ...and underlines the same words in the text, in place.
    underline(&app, "Nearly all").await;

    // The bottom line first: typed at the very start, it turns the first two checks green.
    caret_at(&app, Key::Home).await;
    type_at_caret(&app, BLUF).await;
    app.wait_attr("check-bottom-line-first", "data-passed", "true")
        .await;
    app.wait_attr("check-explicit-ask", "data-passed", "true")
        .await;
    app.wait_saved().await;
    app.screenshots_light_and_dark("documents-brief").await;

    // The weasel's underline: pointing at it shows the rule, why and what to do, and sets it
    // aside here; it leaves the text and the panel and is counted as set aside.
    let before = app.count("finding").await;
    let jump = app
        .find_css(
            "[data-testid=finding][data-rule=weasel] .jump",
            "the weasel in the panel",
        )
        .await;
    jump.click().await.expect("show the weasel in the text");
    // The editor may redraw the line (a check's answer landing) between finding and pointing.
    app.wait_until(
        "pointing at the weasel's underline",
        waypoint_e2e::UI_TIMEOUT,
        async || {
            let words = underline(&app, "Nearly all").await;
            app.hover(&words).await
        },
    )
    .await;
    let tooltip = app
        .find_css(
            "[data-testid=finding-tooltip][data-rule=weasel]",
            "the weasel's tooltip",
        )
        .await;
    let said = app.text_of(&tooltip).await.unwrap_or_default();
    assert!(
        said.contains("Weasel word") && said.contains("number"),
        "the tooltip names the rule and says what to do: {said:?}"
    );
    app.screenshots_light_and_dark("documents-finding-tooltip")
        .await;
    let ignore = app
        .find_css(
            ".cm-tooltip-lint .cm-diagnosticAction",
            "the tooltip's Ignore here",
        )
        .await;
    assert_eq!(
        app.text_of(&ignore).await.unwrap_or_default(),
        "Ignore here"
    );
    ignore.click().await.expect("click Ignore here");
    app.wait_count("finding", before - 1).await;
    app.find("undismiss").await;
    app.wait_until(
        "the underline to go",
        waypoint_e2e::UI_TIMEOUT,
        async || {
            let left = underlined(&app).await;
            if left.iter().any(|u| u == "Nearly all") {
                Err(format!("underlined: {left:?}"))
            } else {
                Ok(())
            }
        },
    )
    .await;

    // One more line, then Ctrl+S: a revision of it is kept at once (autosave alone keeps one
    // only every 5 minutes); the disk holds exactly what was typed.
    caret_at(&app, Key::End).await;
    type_at_caret(&app, MORE).await;
    app.ctrl('s').await;
    app.wait_saved().await;
    let list = cli::json(app.data_dir(), &["docs", "list", "--json"]);
    let id = list[0]["id"].as_i64().expect("the document's id");
    assert_eq!(list[0]["title"], "Move billing to the new queue");
    let shown = cli::json(app.data_dir(), &["docs", "show", &id.to_string(), "--json"]);
    let body = shown["document"]["body"].as_str().unwrap().to_string();
    assert_eq!(body, format!("{BLUF}{template}{WEAK}{MORE}"));
    assert_eq!(
        shown["document"]["dismissals"]["here"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    app.wait_until(
        "the revision to be kept",
        waypoint_e2e::UI_TIMEOUT,
        async || {
            let revs = disk::store(app.data_dir())
                .and_then(|s| s.document_revisions(id))
                .map_err(|e| e.message)?;
            match revs.first() {
                Some(r)
                    if r.reason == waypoint_core::documents::Reason::Save
                        && r.words as usize == body.split_whitespace().count() =>
                {
                    Ok(())
                }
                other => Err(format!("newest revision: {other:?}")),
            }
        },
    )
    .await;

    // An ROI model through its form: the figures follow the fields, and "Put in the document"
    // writes the block under "Impact in numbers"; the preview draws its figures and chart.
    app.click("tab-roi").await;
    app.type_into("roi-field-one_off.people", "2").await;
    app.type_into("roi-field-one_off.weeks", "6").await;
    app.type_into("roi-field-one_off.cost_per_person_week", "5,000")
        .await;
    app.type_into("roi-field-benefits_per_month.costs_saved", "9000")
        .await;
    // The sentence as it reads once every field is typed (it follows each keystroke).
    app.wait_text_contains(
        "roi-figures",
        "Investing $60k returns $216k over 24 months (NPV $136k at 10 %/yr); it pays back in about 7 months.",
    )
    .await;
    app.wait_text_contains("roi-table", "Payback").await;
    app.clear("roi-field-horizon_months").await;
    app.type_into("roi-field-horizon_months", "-3").await;
    app.click("roi-apply").await;
    app.wait_text_contains("roi-problem-horizon_months", "Horizon is -3")
        .await;
    assert!(
        !app.value("document-body").await.contains("```roi"),
        "a wrong field changes nothing"
    );
    app.clear("roi-field-horizon_months").await;
    app.type_into("roi-field-horizon_months", "24").await;
    app.screenshots_light_and_dark("documents-roi-form").await;
    app.click("roi-apply").await;
    app.wait_text_contains("roi-apply", "Update the model")
        .await;
    let body = app.value("document-body").await;
    assert!(
        body.contains("## Impact in numbers\n\n<!-- ")
            && body.contains("```roi\nhorizon_months: 24\nannual_discount_rate: 0.1\n"),
        "{body}"
    );
    app.wait_saved().await;
    app.click("document-preview-toggle").await;
    let figure = app
        .find_css(
            "[data-testid=preview] figure.roi",
            "the ROI block's figures",
        )
        .await;
    let text = app.text_of(&figure).await.expect("the figure's text");
    assert!(
        text.contains("Investing $60k returns")
            && text.contains("NPV at 10.0 % a year")
            && text.contains("Payback"),
        "{text}"
    );
    app.find_css(
        "[data-testid=preview] figure.roi svg.roi-chart",
        "the cumulative cash chart",
    )
    .await;
    app.screenshots_light_and_dark("documents-preview").await;
    app.click("document-preview-toggle").await;

    // Export from the app: a self-contained HTML page in Documents/Waypoint, named after the title.
    app.click("export-html").await;
    let page_path = dir
        .documents_dir()
        .join("Waypoint/Move billing to the new queue.html");
    app.wait_text_contains("notice", "Exported to").await;
    let page = std::fs::read_to_string(&page_path).expect("the exported page");
    assert!(
        page.contains("<figure class=\"roi\">")
            && page.contains("<h1>Move billing to the new queue</h1>")
    );
    assert!(
        !page.contains("<script") && !page.contains("src="),
        "self-contained, nothing runs or loads"
    );
    // And a PDF: pdftotext finds the headings and the NPV.
    app.click("export-pdf").await;
    let pdf_path = dir
        .documents_dir()
        .join("Waypoint/Move billing to the new queue.pdf");
    app.wait_until(
        "the PDF export on disk",
        waypoint_e2e::UI_TIMEOUT,
        async || std::fs::metadata(&pdf_path).map_err(|e| e.to_string()),
    )
    .await;
    let out = std::process::Command::new("pdftotext")
        .arg(&pdf_path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    // Lines wrap where the page does: compare with single spaces.
    let pdf = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Move billing to the new queue",
        "Impact in numbers",
        "Next steps and owners",
        "NPV at 10.0 % a year",
        "$135,881",
        "it pays back in about 7 months.",
    ] {
        assert!(
            pdf.contains(expected),
            "{expected:?} not in the PDF:\n{pdf}"
        );
    }
    app.click("export-md").await;
    let md_path = dir
        .documents_dir()
        .join("Waypoint/Move billing to the new queue.md");
    let md = app
        .wait_until(
            "the Markdown export on disk",
            waypoint_e2e::UI_TIMEOUT,
            async || std::fs::read_to_string(&md_path).map_err(|e| e.to_string()),
        )
        .await;
    assert!(
        md.starts_with("---\ntitle: \"Move billing to the new queue\"\nkind: brief\n"),
        "{md}"
    );

    // History: name this version, change the text, compare, and put the named one back.
    app.click("tab-history").await;
    app.find("revision").await;
    app.type_into("version-name", "sent to VP").await;
    app.click("name-version").await;
    app.wait_text_contains("version-label", "sent to VP").await;
    let named = app.value("document-body").await;
    caret_at(&app, Key::End).await;
    type_at_caret(&app, LATER).await;
    app.wait_saved().await;
    let compare = app.find_css("[data-testid=revision]:has([data-testid=version-label]) [data-testid=compare-revision]", "Compare on the named version").await;
    compare.click().await.expect("click Compare");
    let diff = app
        .find_css("[data-testid=diff-view] ins", "the added words")
        .await;
    assert_eq!(app.text_of(&diff).await.unwrap().trim(), LATER.trim());
    app.screenshots_light_and_dark("documents-diff").await;
    let restore = app.find_css("[data-testid=revision]:has([data-testid=version-label]) [data-testid=restore-revision]", "Restore on the named version").await;
    restore.click().await.expect("click Restore");
    app.wait_until(
        "the named text to be back",
        waypoint_e2e::UI_TIMEOUT,
        async || {
            let body = app.value("document-body").await;
            if body == named {
                Ok(())
            } else {
                Err(format!(
                    "body ends {:?}",
                    &body[body.len().saturating_sub(40)..]
                ))
            }
        },
    )
    .await;
    let revs = disk::store(app.data_dir())
        .unwrap()
        .document_revisions(id)
        .unwrap();
    assert_eq!(revs[0].reason, waypoint_core::documents::Reason::Restore);
    assert_eq!(
        revs[1].reason,
        waypoint_core::documents::Reason::BeforeRestore,
        "the replaced text is kept"
    );

    // Any two revisions: the named one against another, older first whichever is picked first.
    let pick = app
        .find_css(
            "[data-testid=revision]:has([data-testid=version-label]) [data-testid=pick-revision]",
            "Compare with… on the named version",
        )
        .await;
    pick.click().await.expect("pick the named version");
    app.find("pick-hint").await;
    app.screenshot("documents-history-pick").await;
    app.click("compare-with-picked").await;
    app.wait_text_contains("diff-view", "Changes from").await;
    app.click("close-diff").await;

    // Evidence for the plan: linked from the brief, shown (and opened) from the milestone.
    app.click("tab-checks").await;
    app.click("entry-milestone-link").await;
    app.type_into("milestone-filter", "executive brief").await;
    app.click("milestone-option").await;
    app.wait_text_contains("entry-milestones", "executive brief")
        .await;
    let linked = disk::store(app.data_dir())
        .unwrap()
        .milestones_for_document(id, today)
        .unwrap();
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0].quarter, 2);
    app.click("nav-plan").await;
    let row = app
        .find_css(
            &format!(
                "[data-testid=milestone][data-milestone-id=\"{}\"] .main",
                linked[0].id
            ),
            "the linked milestone",
        )
        .await;
    row.click().await.expect("open the milestone");
    let doc = app
        .find_css(
            "[data-testid=milestone-document] .link-button",
            "the brief under its milestone",
        )
        .await;
    assert_eq!(
        app.text_of(&doc).await.unwrap(),
        "Move billing to the new queue"
    );
    doc.click().await.expect("open the brief");
    app.wait_attr("nav-documents", "aria-current", "page").await;
    assert_eq!(
        app.value("document-title").await,
        "Move billing to the new queue"
    );

    // Evidence for a competency: tagged from the brief, listed (and opened) from the competency.
    app.click("competency-tag-picker").await;
    app.find_css(
        "[data-testid=competency-tag-option][data-tag=\"business-terms\"]",
        "the competency's tag",
    )
    .await
    .click()
    .await
    .expect("pick the competency");
    app.wait_text_contains("row-tags", "#business-terms").await;
    let store = disk::store(app.data_dir()).unwrap();
    assert_eq!(store.document(id).unwrap().tags, ["business-terms"]);
    let competency = store
        .competency_overview()
        .unwrap()
        .competencies
        .into_iter()
        .find(|s| s.competency.tag == "business-terms")
        .expect("a built-in competency");
    assert_eq!(competency.document_count, 1);
    app.click("nav-competencies").await;
    app.find_css(
        &format!(
            "[data-testid=competency-row][data-competency-id=\"{}\"]",
            competency.competency.id
        ),
        "the competency's row",
    )
    .await
    .click()
    .await
    .expect("open the competency");
    let evidence = app.find("evidence-document").await;
    assert!(app
        .text_of(&evidence)
        .await
        .unwrap()
        .contains("Move billing to the new queue"));
    app.js("document.querySelector('[data-testid=evidence-documents]').scrollIntoView({ block: 'center' })")
        .await;
    app.screenshots_light_and_dark("competency-document-evidence")
        .await;
    evidence
        .click()
        .await
        .expect("open the brief from its competency");
    app.wait_attr("nav-documents", "aria-current", "page").await;
    assert_eq!(
        app.value("document-title").await,
        "Move billing to the new queue"
    );

    // The dashboard counts it and opens it.
    app.click("nav-home").await;
    app.wait_text_contains("home-documents", "Move billing to the new queue")
        .await;
    app.screenshots_light_and_dark("home-writing").await;
    app.click("home-document").await;
    app.wait_attr("nav-documents", "aria-current", "page").await;
    app.close().await;
}

#[tokio::test]
async fn the_glossary_is_the_writers_own_and_the_underlines_follow_it() {
    within(TEST_TIMEOUT, glossary()).await;
}

async fn glossary() {
    let dir = TestDir::new("glossary");
    let app = App::launch(&dir).await;
    app.click("nav-documents").await;
    app.click("template-note").await;
    app.click("document-body").await;
    type_at_caret(&app, "Our blast radius is small, and MTTR fell.").await;
    underline(&app, "MTTR").await;
    assert!(!underlined(&app).await.contains(&"blast radius".to_string()));

    // A term of the writer's own: refused first, beside the field, then underlined in place.
    app.click("tab-glossary").await;
    app.click("glossary-add").await;
    app.type_into("glossary-terms", "blast radius").await;
    app.click("glossary-save").await;
    app.wait_text_contains("glossary-plain-problems", "Write what to say instead")
        .await;
    app.type_into("glossary-plain", "how much breaks when one part fails")
        .await;
    app.click("glossary-save").await;
    app.wait_gone("glossary-form").await;
    underline(&app, "blast radius").await;

    // A built-in one rephrased: the tooltip says the writer's words.
    app.find_css(
        "[data-testid=glossary-term][data-term=\"MTTR\"] [data-testid=glossary-edit]",
        "MTTR's Edit",
    )
    .await
    .click()
    .await
    .expect("edit MTTR");
    app.clear("glossary-plain").await;
    app.type_into("glossary-plain", "how fast we fix an outage")
        .await;
    app.click("glossary-save").await;
    app.wait_gone("glossary-form").await;
    app.wait_text_contains("glossary-panel", "Edited").await;
    app.js("document.querySelector('[data-testid=glossary-panel]').scrollTop = 0")
        .await;
    app.screenshots_light_and_dark("documents-glossary").await;
    app.click("tab-checks").await;
    app.wait_text_contains("checks-panel", "how fast we fix an outage")
        .await;

    let store = disk::store(app.data_dir()).unwrap();
    let mine: Vec<_> = store
        .glossary()
        .unwrap()
        .into_iter()
        .filter(|e| e.edited || matches!(e.term, waypoint_core::documents::GlossaryRef::Own(_)))
        .map(|e| (e.terms[0].clone(), e.plain))
        .collect();
    assert_eq!(
        mine,
        [
            (
                "blast radius".to_string(),
                "how much breaks when one part fails".to_string()
            ),
            ("MTTR".to_string(), "how fast we fix an outage".to_string())
        ]
    );

    // The keys of the text are in the shortcuts help, as the editor binds them. (The help is
    // modal: the theme is chosen before it opens.)
    app.set_theme("dark").await;
    app.click("open-shortcuts").await;
    let help = app
        .wait_text_contains("shortcuts-help", "Next writing finding")
        .await;
    assert!(
        help.contains("F8") && help.contains("Ctrl+Shift+M"),
        "{help}"
    );
    app.screenshot("shortcuts-help-dark").await;
    app.close().await;
}

#[tokio::test]
async fn templates_are_the_writers_to_change_and_to_make() {
    within(TEST_TIMEOUT, templates()).await;
}

async fn templates() {
    let dir = TestDir::new("templates");
    let app = App::launch(&dir).await;
    app.click("nav-documents").await;
    app.find_css(
        "[data-testid=edit-template][data-name=\"Executive brief\"]",
        "the brief's Edit",
    )
    .await
    .click()
    .await
    .expect("edit the brief's template");
    app.clear("template-name").await;
    app.type_into("template-name", "Feature writeup").await;
    app.click("template-save").await;
    app.wait_text_contains("template-name-problems", "already a template called")
        .await;
    app.clear("template-name").await;
    app.type_into("template-name", "Our brief").await;
    app.clear("template-purpose").await;
    app.type_into("template-purpose", "Ask the VP for a decision.")
        .await;
    app.screenshots_light_and_dark("documents-template-form")
        .await;
    app.click("template-save").await;
    app.wait_gone("template-form").await;
    app.wait_attr("template-brief", "data-name", "Our brief")
        .await;

    // A brief starts from it; then that brief becomes a template of the writer's own.
    app.click("template-brief").await;
    app.type_into("document-title", "Quarterly ask").await;
    app.wait_saved().await;
    app.click("save-as-template").await;
    app.click("new-document").await;
    app.wait_attr("template-own", "data-name", "Quarterly ask")
        .await;
    app.screenshots_light_and_dark("documents-templates").await;

    let store = disk::store(app.data_dir()).unwrap();
    let all = store.document_templates().unwrap();
    let brief = &all[0];
    assert_eq!(
        (brief.name.as_str(), brief.purpose.as_str(), brief.edited),
        ("Our brief", "Ask the VP for a decision.", true)
    );
    let mine = all.last().unwrap();
    assert_eq!(
        (mine.name.as_str(), mine.kind),
        (
            "Quarterly ask",
            waypoint_core::documents::DocumentKind::Brief
        )
    );
    assert_eq!(mine.body, brief.body, "the brief's text, hints and all");
    app.close().await;
}

/// The words underlined in the document's text, in order.
async fn underlined(app: &App) -> Vec<String> {
    let found = app
        .js("return [...document.querySelectorAll('[data-testid=document-body] .cm-lintRange')].map(u => u.textContent)")
        .await;
    serde_json::from_value(found).unwrap_or_default()
}

/// Waits until `words` are underlined in the text, and returns the underline.
async fn underline(app: &App, words: &str) -> fantoccini::elements::Element {
    app.wait_until(
        &format!("{words:?} to be underlined"),
        waypoint_e2e::UI_TIMEOUT,
        async || {
            let all = underlined(app).await;
            if all.iter().any(|u| u == words) {
                Ok(())
            } else {
                Err(format!("underlined: {all:?}"))
            }
        },
    )
    .await;
    let all = app
        .client()
        .find_all(fantoccini::Locator::Css(
            "[data-testid=document-body] .cm-lintRange",
        ))
        .await
        .expect("the underlines");
    for el in all {
        if app.text_of(&el).await.unwrap_or_default() == words {
            return el;
        }
    }
    panic!("{words:?} was underlined a moment ago and is gone");
}

/// Puts the caret at the start (Ctrl+Home) or the end (Ctrl+End) of the document's text,
/// as the user would.
async fn caret_at(app: &App, key: Key) {
    app.find("document-body")
        .await
        .click()
        .await
        .expect("focusing the text");
    app.ctrl(char::from(key)).await;
}

/// Types `text` where the caret is, key by key. (WebDriver's "send keys" to an element moves
/// the caret to the end of a textarea first; keyboard actions go to the focus as it is.)
pub(crate) async fn type_at_caret(app: &App, text: &str) {
    let mut keyboard = KeyActions::new("keyboard".into());
    for c in keys(text).chars() {
        keyboard = keyboard
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    app.client()
        .perform_actions(keyboard)
        .await
        .unwrap_or_else(|e| panic!("typing {text:?} failed: {e}"));
}
