//! The ROI form: the open document's models as fields, the figures as the writer types, and
//! the edit that writes the model into the text (the editor applies it, so Undo takes it back).

use waypoint_core::roi::{self, Currency, RoiEdit, RoiFieldText, RoiFigures, RoiForms};

use super::CmdResult;

#[tauri::command]
#[specta::specta]
pub async fn roi_forms(body: String) -> CmdResult<RoiForms> {
    Ok(roi::roi_forms(&body))
}

/// The figures and sentence the fields give, as the document's table will show them.
#[tauri::command]
#[specta::specta]
pub async fn roi_form_figures(fields: Vec<RoiFieldText>) -> CmdResult<RoiFigures> {
    roi::form_figures(&fields, &Currency::default())
}

/// The edit that puts the form's model into `body`: model `index` rewritten, or a new one.
#[tauri::command]
#[specta::specta]
pub async fn apply_roi_form(
    body: String,
    index: Option<u32>,
    fields: Vec<RoiFieldText>,
) -> CmdResult<RoiEdit> {
    roi::apply_form(&body, index, &fields)
}
