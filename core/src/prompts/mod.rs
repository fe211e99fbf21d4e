//! Reflection prompts: a built-in, editable library of questions per quarter and competency,
//! and the choice of which to offer today.

mod library;
pub mod suggest;
mod types;

pub use library::MAX_PROMPT_CHARS;
pub use types::{Prompt, PromptDraft, PromptSuggestion};
