//! Links the user follows in the app: they open in the browser, never in the window.

use waypoint_core::Error;

/// Opens a web or mail link in the user's browser and answers the URL it opened; refuses any
/// other link with the reason.
#[tauri::command]
#[specta::specta]
pub async fn open_link(url: String) -> Result<String, Error> {
    // The launcher is watched for a moment: not on the async runtime's threads.
    tauri::async_runtime::spawn_blocking(move || crate::links::open_outside(&url))
        .await
        .map_err(|e| Error::system(format!("A background task failed: {e}")))?
}
