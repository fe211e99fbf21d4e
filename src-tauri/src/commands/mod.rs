//! Tauri commands: thin async wrappers that run a core call off the main thread and return its
//! typed error (`{kind, message}`) unchanged. One file per area of the product.

pub mod competency;
pub mod home;
pub mod journal;
pub mod plan;
pub mod workload;

use std::sync::{Arc, Mutex};

use tauri::State;
use waypoint_core::{Error, Store};

/// The open store, or why it could not be opened (shown by the UI on every call).
pub struct AppState {
    pub store: Result<Arc<Mutex<Store>>, Error>,
}

pub(crate) type CmdResult<T> = Result<T, Error>;

/// Runs `f` with the store on a blocking thread, so the window never waits on the disk.
pub(crate) async fn with_store<T: Send + 'static>(
    state: State<'_, AppState>,
    f: impl FnOnce(&mut Store) -> CmdResult<T> + Send + 'static,
) -> CmdResult<T> {
    let store = state.store.clone()?;
    tauri::async_runtime::spawn_blocking(move || {
        let mut guard = store.lock().map_err(|_| {
            Error::storage(
                "The database is unavailable after an earlier failure. Restart Waypoint.",
            )
        })?;
        f(&mut guard)
    })
    .await
    .map_err(|e| Error::storage(format!("A background task failed: {e}")))?
}
