//! `marke check`: load, validate, report; with `--leesbaarheid`, the readability table; with
//! `--spelling`, the words the Dutch dictionary does not know; with `--sinds REF`, only what a
//! change since that revision brings (the pull-request review).

use anyhow::Result;

use super::{Workspace, use_color};
use crate::check::readability::Overview;
use crate::diag::{Diagnostic, Format, Report};
use crate::model::{Checked, Model};
use crate::review::{Review, Side};

pub fn run(
    ws: &Workspace,
    format: Format,
    leesbaarheid: bool,
    spelling: bool,
    sinds: Option<&str>,
) -> Result<u8> {
    if let Some(rev) = sinds {
        return since(ws, format, rev);
    }
    let Checked { model, report } = ws.load();
    let cfg = &ws.config.marke.leesbaarheid;
    if spelling {
        // A model with errors still has its text; the spelling of what loaded is worth having,
        // next to the errors (a missing folder must not read as "alles in orde").
        let hits = crate::check::spelling::check(&model, &ws.config.marke.spelling)
            .map_err(anyhow::Error::msg)?;
        let errors = report.diagnostics.into_iter().filter(Diagnostic::is_error);
        let report =
            Report::new(errors.chain(hits).collect(), model.items().len()).relative_to(&ws.cwd);
        let color = format == Format::Human && use_color(std::io::stdout());
        print!("{}", report.render(format, color));
        return Ok(report.exit_code());
    }
    if leesbaarheid {
        let overview = Overview::new(&model, cfg);
        match format {
            Format::Json => println!("{}", serde_json::to_string_pretty(&overview)?),
            _ => print!("{}", crate::control_chars::lines(&overview.render())),
        }
        return Ok(0);
    }
    let report = crate::check::run(&model, report, cfg).relative_to(&ws.cwd);
    let color = format == Format::Human && use_color(std::io::stdout());
    print!("{}", report.render(format, color));
    Ok(report.exit_code())
}

/// Checks the content as it is and as it was at the fork point with `rev`, and reports the
/// problems of the change. The exit code is that of the change's problems only: an old
/// problem elsewhere does not block a pull request that did not cause it.
fn since(ws: &Workspace, format: Format, rev: &str) -> Result<u8> {
    let dir = &ws.content_dir;
    let commit = crate::git::resolve(dir, rev)?;
    let base_commit = crate::git::merge_base(dir, &commit);
    let changed = crate::git::changed_files(dir, &base_commit)?;
    let base_dir = tempfile::Builder::new().prefix("marke-basis-").tempdir()?;
    crate::git::export_tree(dir, &base_commit, base_dir.path())?;
    let checked = |content: &std::path::Path| {
        let Checked { model, report } = Model::load(content, ws.today);
        let report = crate::check::run(&model, report, &ws.config.marke.leesbaarheid);
        Checked { model, report }
    };
    let (base, head) = (checked(base_dir.path()), checked(dir));
    let mut review = Review::new(
        rev,
        &base_commit,
        Side {
            checked: &base,
            content_dir: base_dir.path(),
        },
        Side {
            checked: &head,
            content_dir: dir,
        },
        &changed,
        &ws.config.marke.leesbaarheid,
    );
    review.problemen = review.problemen.relative_to(&ws.cwd);
    match format {
        Format::Markdown => print!("{}", review.markdown()),
        Format::Json => println!("{}", serde_json::to_string_pretty(&review)?),
        Format::Human | Format::Github => {
            let color = format == Format::Human && use_color(std::io::stdout());
            print!("{}", review.problemen.render(format, color));
            println!(
                "Sinds {} ({}): {} veranderde onderdelen. De rest van de inhoud had al {} fouten en {} waarschuwingen; 'marke check' zonder --sinds toont ze.",
                crate::control_chars::one_line(rev),
                review.basis,
                review.onderdelen.len(),
                review.rest_fouten,
                review.rest_waarschuwingen
            );
        }
    }
    Ok(review.problemen.exit_code())
}
