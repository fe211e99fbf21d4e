#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| waypoint_core::fuzzing::jrnl(bytes));
