fn main() -> std::process::ExitCode {
    // `lsk check | head` ends quietly when the reader stops reading, as
    // other Unix tools do, instead of panicking on a closed pipe.
    #[cfg(unix)]
    #[allow(unsafe_code)]
    // SAFETY: called first thing, before any other thread exists; restoring
    // the default action of a signal has no other effect.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    lsk::cli::main()
}
