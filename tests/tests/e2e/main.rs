//! The end-to-end suite, one binary: each module is one journey through the real window.
//! Run with `--test-threads=1` (one app, one driver at a time).

mod accessibility;
mod bad_input;
mod close_mid_typing;
mod documents;
mod drafts;
mod every_problem;
mod journey;
mod keyboard_walk;
mod layout;
mod links;
mod lock;
mod long_list;
mod one_instance;
mod preview;
mod recovery;
mod reminders;
mod review;
mod smoke;
mod window_memory;
mod workload;
mod year_plan;
mod your_data;
