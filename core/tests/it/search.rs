//! Full-text search: ranking, snippets, prefixes, phrases, filters, and the index staying in
//! step with edits.

use crate::common::*;
use waypoint_core::journal::EntryKind;
use waypoint_core::search::{EntryHit, EntryQuery};

fn titles(hits: &[EntryHit]) -> Vec<&str> {
    hits.iter().map(|h| h.entry.title.as_str()).collect()
}

fn find(t: &TestStore, q: EntryQuery) -> Vec<EntryHit> {
    t.store.find_entries(&q).unwrap().items
}

/// The titles a search finds, in alphabetical order (for tests about what, not in which order).
fn sorted_titles(t: &TestStore, text: &str) -> Vec<String> {
    let mut v: Vec<String> = find(t, EntryQuery::text(text))
        .iter()
        .map(|h| h.entry.title.clone())
        .collect();
    v.sort();
    v
}

#[test]
fn title_matches_outrank_body_matches() {
    let mut t = store();
    add(
        &mut t.store,
        "Weekly notes",
        "We talked about the roadmap and the budget and hiring.",
        &[],
    );
    add(
        &mut t.store,
        "Roadmap review",
        "Went through it with product.",
        &[],
    );
    add(&mut t.store, "Unrelated", "Nothing to see.", &[]);
    let hits = find(&t, EntryQuery::text("roadmap "));
    assert_eq!(titles(&hits), vec!["Roadmap review", "Weekly notes"]);
}

#[test]
fn more_mentions_rank_higher_among_body_matches() {
    let mut t = store();
    add(
        &mut t.store,
        "Once",
        "A long entry that mentions churn once among many other words about the team and its week.",
        &[],
    );
    add(&mut t.store, "Thrice", "Churn, churn and churn again.", &[]);
    assert_eq!(
        titles(&find(&t, EntryQuery::text("churn "))),
        vec!["Thrice", "Once"]
    );
}

#[test]
fn snippets_highlight_the_matching_words() {
    let mut t = store();
    add(
        &mut t.store,
        "Board",
        "First board meeting. The CFO walked us through the P&L and how margins drive hiring plans.",
        &[],
    );
    let hit = &find(&t, EntryQuery::text("margins "))[0];
    let marked: Vec<&str> = hit
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, vec!["margins"]);
    let whole: String = hit.snippet.iter().map(|s| s.text.as_str()).collect();
    assert!(
        whole.contains("through the P&L and how margins drive"),
        "{whole}"
    );
}

#[test]
fn snippet_text_is_plain_text_not_html() {
    let mut t = store();
    add(
        &mut t.store,
        "x",
        "before <script>alert(1)</script> keyword after",
        &[],
    );
    let hit = &find(&t, EntryQuery::text("keyword "))[0];
    let whole: String = hit.snippet.iter().map(|s| s.text.as_str()).collect();
    // The UI renders spans as text nodes; the raw characters are passed through, never markup.
    assert!(whole.contains("<script>"), "{whole}");
    assert!(hit.snippet.iter().any(|s| s.hit && s.text == "keyword"));
}

#[test]
fn the_last_word_matches_as_a_prefix_while_typing() {
    let mut t = store();
    add(&mut t.store, "S", "Strategic thinking matters", &[]);
    assert_eq!(find(&t, EntryQuery::text("strat")).len(), 1);
    assert_eq!(
        find(&t, EntryQuery::text("strat ")).len(),
        0,
        "a finished word is matched whole"
    );
    assert_eq!(find(&t, EntryQuery::text("thinking strat")).len(), 1);
}

#[test]
fn phrases_diacritics_and_syntax_characters() {
    let mut t = store();
    add(&mut t.store, "A", "the executive brief is due", &[]);
    add(&mut t.store, "B", "brief chat with an executive", &[]);
    add(&mut t.store, "C", "Réunion with the café team", &[]);
    assert_eq!(
        titles(&find(&t, EntryQuery::text("\"executive brief\""))),
        vec!["A"]
    );
    assert_eq!(find(&t, EntryQuery::text("executive brief ")).len(), 2);
    assert_eq!(
        titles(&find(&t, EntryQuery::text("reunion cafe "))),
        vec!["C"]
    );
    // FTS5 operators and stray quotes are literal words, never syntax errors.
    for q in ["AND", "NEAR(", "\"", "a OR b", "col:word", "*", "(", "-x"] {
        assert!(
            t.store.find_entries(&EntryQuery::text(q)).is_ok(),
            "query {q:?} must not fail"
        );
    }
}

#[test]
fn tags_are_searchable_words() {
    let mut t = store();
    add(
        &mut t.store,
        "Quiet",
        "No mention in the text",
        &["exec-comms"],
    );
    assert_eq!(find(&t, EntryQuery::text("exec")).len(), 1);
}

#[test]
fn edits_are_reindexed() {
    let mut t = store();
    let e = add(&mut t.store, "T", "old wording", &[]);
    t.store
        .update_entry(e.id, &draft("T", "new phrasing", &[]), today())
        .unwrap();
    assert!(find(&t, EntryQuery::text("wording ")).is_empty());
    assert_eq!(find(&t, EntryQuery::text("phrasing ")).len(), 1);
    assert_index_consistent(&t);
}

#[test]
fn filters_narrow_listing_and_search() {
    let mut t = store();
    t.store
        .create_entry(
            &dated(
                "Jan plan",
                "quarter plan",
                "2026-01-10",
                EntryKind::Reflection,
                &["q1", "planning"],
            ),
            today(),
        )
        .unwrap();
    t.store
        .create_entry(
            &dated(
                "Feb board",
                "quarter board",
                "2026-02-10",
                EntryKind::MeetingNote,
                &["q1", "board"],
            ),
            today(),
        )
        .unwrap();
    let apr = t
        .store
        .create_entry(
            &dated(
                "Apr choice",
                "quarter decision",
                "2026-04-10",
                EntryKind::Decision,
                &["q2"],
            ),
            today(),
        )
        .unwrap();
    t.store.set_starred(apr.id, true).unwrap();

    let by_tag = EntryQuery {
        tags: vec!["q1".into()],
        ..Default::default()
    };
    assert_eq!(titles(&find(&t, by_tag)), vec!["Feb board", "Jan plan"]);
    let two_tags = EntryQuery {
        tags: vec!["#Q1".into(), "board".into()],
        ..Default::default()
    };
    assert_eq!(titles(&find(&t, two_tags)), vec!["Feb board"]);
    assert_eq!(
        titles(&find(
            &t,
            EntryQuery::default().with_kind(EntryKind::Decision)
        )),
        vec!["Apr choice"]
    );
    let range = EntryQuery {
        from: Some("2026-02-01".into()),
        to: Some("2026-04-10".into()),
        ..Default::default()
    };
    assert_eq!(titles(&find(&t, range)), vec!["Apr choice", "Feb board"]);
    let starred = EntryQuery {
        starred_only: true,
        ..Default::default()
    };
    assert_eq!(titles(&find(&t, starred)), vec!["Apr choice"]);
    // Text and filters together.
    let both = EntryQuery {
        tags: vec!["q1".into()],
        ..EntryQuery::text("quarter ").with_kind(EntryKind::MeetingNote)
    };
    assert_eq!(titles(&find(&t, both)), vec!["Feb board"]);
}

#[test]
fn search_pages_do_not_overlap() {
    let mut t = store();
    for i in 0..7 {
        add(
            &mut t.store,
            &format!("N{i}"),
            &"roadmap ".repeat(i + 1),
            &[],
        );
    }
    let q = EntryQuery {
        limit: 3,
        ..EntryQuery::text("roadmap ")
    };
    let p1 = t.store.find_entries(&q).unwrap();
    let p2 = t
        .store
        .find_entries(&EntryQuery {
            offset: 3,
            ..q.clone()
        })
        .unwrap();
    let p3 = t
        .store
        .find_entries(&EntryQuery {
            offset: 6,
            ..q.clone()
        })
        .unwrap();
    let mut all: Vec<&str> = titles(&p1.items);
    all.extend(titles(&p2.items));
    all.extend(titles(&p3.items));
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 7);
    assert_eq!(p1.next_offset, Some(3));
    assert_eq!(p3.next_offset, None);
}

#[test]
fn equal_matches_come_newest_first_and_filters_and_trash_skip_the_best() {
    let mut t = store();
    // Five identical entries rank equally; they must come newest first, also across pages.
    for date in [
        "2026-03-02",
        "2026-05-09",
        "2026-01-20",
        "2026-05-10",
        "2026-02-14",
    ] {
        let draft = dated(
            &format!("Tie {date}"),
            "budget",
            date,
            EntryKind::Reflection,
            &[],
        );
        t.store.create_entry(&draft, today()).unwrap();
    }
    // The best matches (the word in the title and body, many times) are trashed or filtered out.
    let best = add(&mut t.store, "budget", &"budget ".repeat(9), &[]);
    t.store.trash_entry(best.id).unwrap();
    let other_kind = dated(
        "budget budget",
        "budget budget",
        "2026-06-01",
        EntryKind::Decision,
        &[],
    );
    t.store.create_entry(&other_kind, today()).unwrap();
    let q = EntryQuery {
        limit: 2,
        ..EntryQuery::text("budget").with_kind(EntryKind::Reflection)
    };
    let pages: Vec<Vec<String>> = [0, 2, 4]
        .iter()
        .map(|&offset| {
            let page = t
                .store
                .find_entries(&EntryQuery {
                    offset,
                    ..q.clone()
                })
                .unwrap();
            assert!(page.items.iter().all(|h| h.snippet.iter().any(|s| s.hit)));
            titles(&page.items).iter().map(|s| s.to_string()).collect()
        })
        .collect();
    assert_eq!(
        pages,
        vec![
            vec!["Tie 2026-05-10", "Tie 2026-05-09"],
            vec!["Tie 2026-03-02", "Tie 2026-02-14"],
            vec!["Tie 2026-01-20"],
        ]
    );
    // Without the kind filter the stronger live match comes first.
    assert_eq!(
        titles(&find(&t, EntryQuery::text("budget")))[0],
        "budget budget"
    );
}

#[test]
fn empty_or_unsearchable_text_lists_everything() {
    let mut t = store();
    add(&mut t.store, "a", "x", &[]);
    add(&mut t.store, "b", "y", &[]);
    assert_eq!(find(&t, EntryQuery::text("  ")).len(), 2);
    assert_eq!(find(&t, EntryQuery::text("&&")).len(), 2);
}

#[test]
fn words_in_most_entries_are_ordered_newest_first_with_snippets() {
    let mut t = store();
    // 3,000 entries, one a day; "team" is in all but every tenth, and said more often in older
    // entries. bm25 gives a word in most entries no weight, so the order is newest first.
    let start = chrono::NaiveDate::from_ymd_opt(2018, 1, 1).unwrap();
    let drafts: Vec<(waypoint_core::journal::EntryDraft, bool)> = (0..3000u64)
        .map(|i| {
            let date = start
                .checked_add_days(chrono::Days::new(i))
                .unwrap()
                .to_string();
            let body = if i % 10 == 0 {
                "solo work".to_string()
            } else {
                "team ".repeat(1 + (3000 - i as usize) / 500)
            };
            (
                dated(&format!("D{i}"), &body, &date, EntryKind::Reflection, &[]),
                false,
            )
        })
        .collect();
    t.store.create_entries(&drafts, today()).unwrap();
    let hits = find(
        &t,
        EntryQuery {
            limit: 3,
            ..EntryQuery::text("team ")
        },
    );
    assert_eq!(titles(&hits), vec!["D2999", "D2998", "D2997"]);
    assert!(hits
        .iter()
        .all(|h| h.snippet.iter().any(|s| s.hit && s.text == "team")));
    // Non-matching entries are skipped, paging and filters apply on this path too.
    let p2 = find(
        &t,
        EntryQuery {
            offset: 2,
            limit: 2,
            ..EntryQuery::text("team ")
        },
    );
    assert_eq!(titles(&p2), vec!["D2997", "D2996"]);
    let ranged = EntryQuery {
        to: Some(
            start
                .checked_add_days(chrono::Days::new(11))
                .unwrap()
                .to_string(),
        ),
        limit: 3,
        ..EntryQuery::text("tea")
    };
    assert_eq!(titles(&find(&t, ranged)), vec!["D11", "D9", "D8"]);
    // A rarer word in the same search brings scoring back.
    assert_eq!(
        titles(&find(&t, EntryQuery::text("team solo "))),
        Vec::<&str>::new()
    );
    t.store
        .create_entry(
            &dated(
                "Mixed",
                "team solo",
                "2018-01-01",
                EntryKind::Reflection,
                &[],
            ),
            today(),
        )
        .unwrap();
    assert_eq!(
        titles(&find(&t, EntryQuery::text("team solo "))),
        vec!["Mixed"]
    );
}

#[test]
fn a_word_finds_its_other_forms_and_a_phrase_only_itself() {
    let mut t = store();
    add(
        &mut t.store,
        "Thinking",
        "Practised strategic thinking with my manager.",
        &[],
    );
    add(
        &mut t.store,
        "Offsite",
        "Our strategies for next year, planned together.",
        &[],
    );
    add(&mut t.store, "Police", "The police closed the road.", &[]);
    add(&mut t.store, "Policy", "A new travel policy.", &[]);
    let sorted = |q: &str| sorted_titles(&t, q);
    assert_eq!(sorted("strategy "), vec!["Offsite", "Thinking"]);
    // While typing, the word is a prefix and a stem at once.
    assert_eq!(sorted("strategy"), vec!["Offsite", "Thinking"]);
    assert_eq!(
        titles(&find(&t, EntryQuery::text("plan "))),
        vec!["Offsite"]
    );
    assert_eq!(
        titles(&find(&t, EntryQuery::text("policy "))),
        vec!["Policy"]
    );
    // Quoted, a phrase is exact: no other forms.
    assert_eq!(
        titles(&find(&t, EntryQuery::text("\"strategic thinking\""))),
        vec!["Thinking"]
    );
    assert!(find(&t, EntryQuery::text("\"strategy thinking\"")).is_empty());
    assert!(find(&t, EntryQuery::text("\"strategy\"")).is_empty());
    // The highlight marks the form that matched.
    let hit = &find(&t, EntryQuery::text("strategy "))
        .into_iter()
        .find(|h| h.entry.title == "Thinking")
        .unwrap();
    assert!(hit.snippet.iter().any(|s| s.hit && s.text == "strategic"));
}

#[test]
fn or_and_minus() {
    let mut t = store();
    add(&mut t.store, "Pricing", "Pricing review with finance.", &[]);
    add(&mut t.store, "Hiring", "Hiring plan with finance.", &[]);
    add(&mut t.store, "Roadmap", "Roadmap review with product.", &[]);
    let sorted = |q: &str| sorted_titles(&t, q);
    assert_eq!(sorted("pricing OR hiring "), vec!["Hiring", "Pricing"]);
    assert_eq!(
        sorted("pricing OR roadmap review "),
        vec!["Pricing", "Roadmap"]
    );
    assert_eq!(sorted("finance -hiring "), vec!["Pricing"]);
    assert_eq!(sorted("review -\"with product\""), vec!["Pricing"]);
    // Only exclusions: everything else, newest first.
    assert_eq!(sorted("-finance "), vec!["Roadmap"]);
    // Half-typed operators change nothing.
    assert_eq!(sorted("pricing OR"), vec!["Pricing"]);
    assert_eq!(sorted("finance -"), vec!["Hiring", "Pricing"]);
}

#[test]
fn a_date_to_jump_to_is_where_its_first_entry_sits_in_the_list_by_date() {
    let mut t = store();
    for (title, date, kind) in [
        ("Jan", "2026-01-10", EntryKind::Reflection),
        ("Feb", "2026-02-10", EntryKind::Decision),
        ("Mar one", "2026-03-10", EntryKind::Reflection),
        ("Mar two", "2026-03-10", EntryKind::Reflection),
        ("Apr", "2026-04-10", EntryKind::Decision),
    ] {
        t.store
            .create_entry(&dated(title, "words", date, kind, &[]), today())
            .unwrap();
    }
    let all = EntryQuery::default();
    let listed = find(&t, all.clone());
    let at = |q: &EntryQuery, day: &str| t.store.offset_of_date(q, day).unwrap() as usize;
    // The entry at that offset of the list is the first dated on or before the day.
    assert_eq!(listed[at(&all, "2026-03-10")].entry.title, "Mar two");
    assert_eq!(listed[at(&all, "2026-03-31")].entry.title, "Mar two");
    assert_eq!(listed[at(&all, "2026-02-01")].entry.title, "Jan");
    assert_eq!(at(&all, "2027-01-01"), 0);
    // Before the first entry: the end of the list.
    assert_eq!(at(&all, "2025-12-31"), listed.len());
    // The filters count too.
    let decisions = EntryQuery {
        kind: Some(EntryKind::Decision),
        ..Default::default()
    };
    let listed = find(&t, decisions.clone());
    assert_eq!(listed[at(&decisions, "2026-03-10")].entry.title, "Feb");
}

#[test]
fn a_search_or_a_bad_date_has_no_place_to_jump_to() {
    let t = store();
    let err = t
        .store
        .offset_of_date(&EntryQuery::text("pricing"), "2026-03-10")
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("text"));
    assert!(
        err.message.contains("Clear the search words"),
        "{}",
        err.message
    );
    let err = t
        .store
        .offset_of_date(&EntryQuery::default(), "2026-02-30")
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("date"));
    assert!(err.message.contains("YYYY-MM-DD"), "{}", err.message);
}
