//! Waiting on conditions, never on the clock: every wait polls a check until it holds or a
//! deadline passes, and a timeout says what was awaited and what was last seen.

use std::time::{Duration, Instant};

/// How long a UI condition may take (a save, a re-render, a search).
pub const UI_TIMEOUT: Duration = Duration::from_secs(15);
/// How long the app may take to start and show its first screen (cold WebKit under Xvfb).
pub const START_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a process may take to exit after it was asked to (the app's grace period is 3 s).
pub const EXIT_TIMEOUT: Duration = Duration::from_secs(15);
/// How long one whole test may run before it is failed and its processes killed.
pub const TEST_TIMEOUT: Duration = Duration::from_secs(240);
/// The pause between two checks of a condition.
const POLL: Duration = Duration::from_millis(100);

/// Polls `check` until it returns `Ok`, at most `timeout`. `check` returns `Err(what it saw)`
/// while the condition does not hold; on timeout the test panics with `what` and that text.
/// (`App::wait_until` does the same and also saves a screenshot of the failure.)
pub async fn wait_until<T>(
    what: &str,
    timeout: Duration,
    check: impl AsyncFnMut() -> Result<T, String>,
) -> T {
    poll(what, timeout, check)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

/// [`wait_until`] without the panic: `Err` says what was awaited and what was last seen.
pub async fn poll<T>(
    what: &str,
    timeout: Duration,
    mut check: impl AsyncFnMut() -> Result<T, String>,
) -> Result<T, String> {
    let start = Instant::now();
    let mut polls = 0u32;
    loop {
        polls += 1;
        let seen = match check().await {
            Ok(v) => return Ok(v),
            Err(seen) => seen,
        };
        if start.elapsed() >= timeout {
            return Err(format!(
                "timed out after {:.1}s ({polls} checks) waiting for {what}\n  last saw: {seen}",
                start.elapsed().as_secs_f64()
            ));
        }
        tokio::time::sleep(POLL).await;
    }
}

/// The blocking twin of [`wait_until`], for process checks (usable from `Drop` and setup).
pub fn wait_until_blocking<T>(
    what: &str,
    timeout: Duration,
    mut check: impl FnMut() -> Result<T, String>,
) -> Result<T, String> {
    let start = Instant::now();
    loop {
        let seen = match check() {
            Ok(v) => return Ok(v),
            Err(seen) => seen,
        };
        if start.elapsed() >= timeout {
            return Err(format!(
                "timed out after {:.1}s waiting for {what}\n  last saw: {seen}",
                start.elapsed().as_secs_f64()
            ));
        }
        std::thread::sleep(POLL);
    }
}
