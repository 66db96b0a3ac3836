//! `copydesk serve`: config -> telemetry -> app -> run.

use clap::Parser;
use copydesk::config::{Cli, Command};
use copydesk::startup::Application;

/// mimalloc rather than the system allocator: every analysis allocates many small, short-lived
/// strings and vectors, and glibc's malloc/free were about 13% of an answer's time (perf, bench
/// `answer_json`). mimalloc also returns memory to the OS more readily under load.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Openapi => {
            println!(
                "{}",
                copydesk::api::openapi()
                    .to_pretty_json()
                    .expect("OpenAPI serializes")
            );
            std::process::ExitCode::SUCCESS
        }
        Command::Serve(settings) => {
            copydesk::telemetry::init(settings.log_format);
            let result = actix_web::rt::System::new().block_on(async {
                let app = Application::build(&settings)?;
                tracing::info!(addr = %settings.addr, port = app.port(), "copydesk listening");
                app.run_until_stopped().await.map_err(|e| e.to_string())
            });
            match result {
                Ok(()) => std::process::ExitCode::SUCCESS,
                Err(e) => {
                    tracing::error!(error = %e, "copydesk failed");
                    eprintln!("copydesk: {e}");
                    std::process::ExitCode::FAILURE
                }
            }
        }
    }
}
