//! Reflection prompts as they cross into the app.

use serde::{Deserialize, Serialize};
use specta::Type;

/// A question in the prompt library: tied to a quarter of the track or to a competency.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Prompt {
    pub id: i64,
    pub quarter: Option<u8>,
    pub competency_id: Option<i64>,
    /// The competency's name, for grouping in the library.
    pub competency_name: Option<String>,
    pub text: String,
    pub builtin: bool,
    pub hidden: bool,
}

/// A new prompt: exactly one of `quarter` and `competency_id`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, Type)]
#[serde(default)]
pub struct PromptDraft {
    #[specta(optional)]
    pub quarter: Option<u8>,
    #[specta(optional)]
    pub competency_id: Option<i64>,
    pub text: String,
}

/// A prompt offered now, with why it was chosen and the tags an entry started from it gets.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PromptSuggestion {
    pub prompt_id: i64,
    pub text: String,
    /// e.g. "Q2 focus: Strategic thinking" or "Your lowest rating: Coaching (2 of 5)".
    pub reason: String,
    pub tags: Vec<String>,
}
