//! The `korpu` binary: see `korpu --help`.

fn main() -> std::process::ExitCode {
    korpu::cli::main()
}
