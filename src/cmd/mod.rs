//! One file per command: each wires the stages together and returns an exit code.

mod browse;
mod build;
mod check;
mod diff;
mod export;
mod search;
mod serve;
mod show;
mod status;
mod voortgang;

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::diag::Format;
use crate::model::{Checked, Date, Model};

/// What every command starts from: the configuration and where the content is.
pub struct Workspace {
    pub config: Config,
    pub content_dir: PathBuf,
    /// The current folder, to show paths relative to it.
    pub cwd: PathBuf,
    /// Today: the system date, or `MARKE_VANDAAG` (for tests and for reports "as of" a day).
    pub today: Date,
}

impl Workspace {
    pub fn discover(content: Option<PathBuf>) -> Result<Self> {
        let cwd = std::env::current_dir().context("kan de huidige map niet bepalen")?;
        let config = Config::discover(&cwd)?;
        let content_dir = match content {
            Some(dir) if dir.is_absolute() => dir,
            Some(dir) => cwd.join(dir),
            None => config.content_dir(),
        };
        Ok(Self {
            config,
            content_dir,
            cwd,
            today: today_from_env()?,
        })
    }

    /// Loads and validates the content as of today (status updates dated after it are
    /// errors), with paths in the report relative to the current folder.
    pub fn load(&self) -> Checked {
        let mut checked = Model::load(&self.content_dir, self.today);
        checked.report = checked.report.relative_to(&self.cwd);
        checked
    }

    /// [`Workspace::load`], parsing only the files that changed since the last load with
    /// this `cache` (for `marke serve`).
    pub fn load_cached(&self, cache: &mut crate::content::ParseCache) -> Checked {
        let mut checked = Model::load_cached(&self.content_dir, cache, self.today);
        checked.report = checked.report.relative_to(&self.cwd);
        checked
    }

    /// Loads the content for a command that needs a valid model; prints the problems and
    /// returns `None` when there are errors.
    pub fn load_valid(&self) -> Option<Model> {
        self.load()
            .valid()
            .map_err(|report| {
                let color = use_color(std::io::stderr());
                eprint!("{}", report.render(Format::Human, color));
                eprintln!("Los eerst de fouten op; 'marke check' laat ze allemaal zien.");
            })
            .ok()
    }
}

/// `MARKE_VANDAAG=JJJJ-MM-DD` fixes today, so tests and reports do not depend on the clock.
fn today_from_env() -> Result<Date> {
    match std::env::var("MARKE_VANDAAG") {
        Ok(text) if !text.trim().is_empty() => {
            Date::parse(&text).map_err(|why| anyhow::anyhow!("MARKE_VANDAAG: {why}"))
        }
        _ => Ok(Date::today()),
    }
}

/// Colour only on a terminal, and never with NO_COLOR set.
pub fn use_color(stream: impl std::io::IsTerminal) -> bool {
    stream.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Runs the command and returns the exit code.
pub fn run(cli: Cli) -> Result<u8> {
    let command = cli.command.unwrap_or(Command::Browse { muis: false });
    if cli.muis && !matches!(command, Command::Browse { .. }) {
        anyhow::bail!("--muis hoort bij de browser: 'marke --muis' of 'marke browse --muis'");
    }
    let ws = Workspace::discover(cli.content)?;
    match command {
        Command::Browse { muis } => browse::run(&ws, cli.muis || muis),
        Command::Check {
            format,
            leesbaarheid,
            sinds,
        } => check::run(&ws, format, leesbaarheid, sinds.as_deref()),
        Command::Diff { oud, nieuw, format } => diff::run(&oud, &nieuw, format),
        Command::Search {
            query,
            kind,
            limit,
            json,
        } => search::run(&ws, &query, kind.as_deref(), limit, json),
        Command::Show { id } => show::run(&ws, &id),
        Command::Export {
            format,
            out,
            scheiding,
        } => export::run(&ws, format, out.as_deref(), &scheiding),
        Command::Status {
            code,
            status,
            toelichting,
            datum,
            import,
        } => status::run(&ws, code, status, toelichting, datum, import.as_deref()),
        Command::Voortgang { format } => voortgang::run(&ws, format),
        Command::Build {
            out,
            zonder_zoekindex,
        } => build::run(&ws, out, !zonder_zoekindex),
        Command::Serve { port, bind } => serve::run(&ws, port, &bind),
    }
}
