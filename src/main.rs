fn main() -> std::process::ExitCode {
    lsk::cli::main()
}
