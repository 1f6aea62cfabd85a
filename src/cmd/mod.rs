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
use crate::model::{Checked, Date, Lookup, Model};

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

/// The item a user named on the command line (`show`, `browse`), by id, code or name. When
/// there is none, or more than one, the message is printed here and the error is the exit
/// code: 2 for an empty name (a mistake in the call, like an empty search), 1 otherwise.
pub fn named_item<'a>(model: &'a Model, wanted: &str) -> Result<&'a crate::model::Item, u8> {
    if wanted.trim().is_empty() {
        eprintln!("fout: geef de id, code of naam van een onderdeel, bijvoorbeeld 2.1.1.A");
        return Err(2);
    }
    match model.lookup(wanted) {
        Lookup::Found(item) => Ok(item),
        Lookup::Ambiguous(items) => {
            eprint!("{}", crate::text::ambiguous(wanted, &items));
            Err(1)
        }
        Lookup::NotFound => {
            eprint!("{}", crate::text::not_found(model, wanted));
            Err(1)
        }
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

/// Colour only on a capable terminal, and never with NO_COLOR set.
pub fn use_color(stream: impl std::io::IsTerminal) -> bool {
    capable_terminal(stream) && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// A terminal that can show colour and a full-screen program: not a pipe or file, and not
/// `TERM=dumb` (Emacs shell buffers, some screen readers' consoles, CI logs). On Unix a
/// missing `TERM` says the same; Windows consoles do not set it.
pub fn capable_terminal(stream: impl std::io::IsTerminal) -> bool {
    let term = std::env::var("TERM").unwrap_or_default();
    let term = term.trim();
    stream.is_terminal() && term != "dumb" && !(cfg!(unix) && term.is_empty())
}

/// Runs the command and returns the exit code.
pub fn run(cli: Cli) -> Result<u8> {
    let command = cli.command.unwrap_or(Command::Browse {
        muis: false,
        naam: None,
    });
    if cli.muis && !matches!(command, Command::Browse { .. }) {
        anyhow::bail!("--muis hoort bij de browser: 'marke --muis' of 'marke browse --muis'");
    }
    let ws = Workspace::discover(cli.content)?;
    match command {
        Command::Browse { muis, naam } => browse::run(&ws, cli.muis || muis, naam.as_deref()),
        Command::Check {
            format,
            leesbaarheid,
            spelling,
            sinds,
        } => check::run(&ws, format, leesbaarheid, spelling, sinds.as_deref()),
        Command::Diff { oud, nieuw, format } => diff::run(&oud, &nieuw, format),
        Command::Search {
            query,
            kind,
            limit,
            json,
        } => search::run(&ws, &query, kind.as_deref(), limit, json),
        Command::Show { id, json } => show::run(&ws, &id, json),
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
