//! `copydesk serve`: config -> telemetry -> app -> run.

use clap::Parser;
use copydesk::config::{Cli, Command};
use copydesk::startup::Application;

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
