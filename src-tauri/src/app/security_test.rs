//! The window's security settings, as `tauri.conf.json` and the capability file state them:
//! the prototype frozen, a CSP that loads nothing from anywhere but the app and runs no inline
//! script or style, and a capability that lets the page do no more than listen for events.

use serde_json::Value;

fn json(path: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_prototype_is_frozen_and_the_csp_allows_only_the_app_itself() {
    let security = &json("tauri.conf.json")["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    let csp = security["csp"].as_str().expect("a CSP");
    for directive in [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(directive), "{directive} missing from {csp}");
    }
    for loose in ["unsafe-inline", "unsafe-eval", "https:", "http:", "*"] {
        let sources: Vec<&str> = csp
            .split(';')
            .flat_map(|d| d.split_whitespace().skip(1))
            .collect();
        assert!(
            !sources
                .iter()
                .any(|s| s.contains(loose) && *s != "http://ipc.localhost"),
            "{loose} in {csp}"
        );
    }
}

#[test]
fn the_page_may_only_listen_for_events() {
    let permissions = &json("capabilities/default.json")["permissions"];
    let names: Vec<&str> = permissions
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        names.iter().all(|p| p.starts_with("core:event:")),
        "{names:?}"
    );
}
