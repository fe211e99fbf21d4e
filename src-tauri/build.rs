fn main() {
    // The command line starts like one: linked at a fixed address, so its ~50,000 pointer
    // fix-ups (clap's strings, chrono-tz's tables, the sanitiser's entity tables) are made by
    // the linker once instead of by the loader at every start (each start then touches about
    // 350 fewer pages). Only `waypoint`; the app keeps a position-independent image.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bin=waypoint=-no-pie");
    }
    tauri_build::build()
}
