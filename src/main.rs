//! The `depersonalize` binary: parse the command line, run, map the outcome to
//! the exit status (0 clean, 1 findings from `check`, 2 any error).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = depersonalize::cli::Cli::parse();
    ExitCode::from(depersonalize::app::run(cli).exit_code())
}
