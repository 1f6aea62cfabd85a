//! Recording progress on afspraken. `marke status`, the spreadsheet import and the browser
//! all go through [`record`], so they check and write the same way.
//!
//! In: the model, updates as people typed them, and today. Out: the files changed in place,
//! or the reasons why nothing was written. The stages: check every request (an exact code or
//! id, a known status, a real date that is neither in the future nor before the last
//! update); edit each file line by line ([`edit`]); load the edited content as `marke check`
//! does; and only then write every file at once ([`write`](mod@write)).

pub mod edit;
pub mod import;
mod lookup;
pub mod report;
pub mod write;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::content::FileKind;
use crate::diag::Diagnostic;
use crate::model::{Checked, Date, Model, Status, agenda};
use edit::{EditError, NewUpdate};
use write::Change;

/// Something wrong with a request or a file, in Dutch, with how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub hint: String,
}

impl Problem {
    pub fn new(message: String, hint: String) -> Self {
        Self { message, hint }
    }
}

/// One status update as asked for, on the command line or in a spreadsheet row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// Code or id of the afspraak.
    pub target: String,
    pub status: String,
    /// `JJJJ-MM-DD`; none (or empty) means today.
    pub datum: Option<String>,
    pub toelichting: Option<String>,
    /// The spreadsheet row, for messages; 0 on the command line.
    pub row: usize,
}

/// One update that is (or will be) written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub row: usize,
    pub id: String,
    /// "2.1.1.A Een Drentse uitleg van community care"
    pub label: String,
    /// The status before this update.
    pub from: Status,
    pub update: NewUpdate,
    pub file: PathBuf,
}

/// Why nothing was written.
#[derive(Debug)]
pub enum Refusal {
    /// Requests that cannot be carried out, with their row.
    Requests(Vec<(usize, Problem)>),
    /// The edited content would not pass `marke check`: its errors.
    Check(Vec<Diagnostic>),
    /// A file could not be edited or written.
    File(Problem),
}

/// Checks every request, edits the files, checks the result, and writes all or nothing.
pub fn record(
    content_dir: &Path,
    model: &Model,
    today: Date,
    requests: &[Request],
) -> Result<Vec<Recorded>, Refusal> {
    let planned = plan(model, today, requests)?;
    let changes = edit_files(&planned).map_err(Refusal::File)?;
    verify(content_dir, model, today, &planned, &changes)?;
    write::write_all(&changes).map_err(Refusal::File)?;
    Ok(planned)
}

/// Every request checked against the model; all problems at once, by row.
fn plan(model: &Model, today: Date, requests: &[Request]) -> Result<Vec<Recorded>, Refusal> {
    let mut state: HashMap<String, (Option<Date>, Status)> = HashMap::new();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for r in requests {
        match plan_one(model, today, r, &mut state) {
            Ok(rec) => out.push(rec),
            Err(p) => problems.push((r.row, p)),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Refusal::Requests(problems))
    }
}

/// `state` holds, per afspraak, the date and status after the requests before this one.
fn plan_one(
    model: &Model,
    today: Date,
    r: &Request,
    state: &mut HashMap<String, (Option<Date>, Status)>,
) -> Result<Recorded, Problem> {
    let item = lookup::find(model, &r.target)?;
    let status = parse_status(&r.status)?;
    let datum = match r.datum.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => today,
        Some(d) => Date::parse(d).map_err(|why| {
            Problem::new(
                format!("ongeldige datum: {why}"),
                "schrijf de datum als JJJJ-MM-DD, of laat hem weg voor vandaag".to_owned(),
            )
        })?,
    };
    if datum > today.next_day() {
        return Err(Problem::new(
            format!("de datum {datum} ligt na vandaag ({today})"),
            "een update gaat over wat er al gebeurd is; geef de dag waarop het veranderde"
                .to_owned(),
        ));
    }
    let (before, from) = state.get(&item.id).copied().unwrap_or((
        agenda::last_updated(item),
        item.facts.status.unwrap_or_default(),
    ));
    if let Some(b) = before
        && datum < b
    {
        return Err(Problem::new(
            format!(
                "de datum {datum} ligt vóór de laatste update van {} ({b})",
                item.facts.code.as_deref().unwrap_or(&item.id)
            ),
            format!("de voortgang staat op volgorde van datum; geef {b} of later"),
        ));
    }
    state.insert(item.id.clone(), (Some(datum), status));
    Ok(Recorded {
        row: r.row,
        id: item.id.clone(),
        label: item.display_title(),
        from,
        update: NewUpdate {
            datum,
            status,
            toelichting: r.toelichting.as_deref().and_then(edit::clean_note),
        },
        file: item.location.path.clone(),
    })
}

/// Words people use for a status, and the status marke calls it: only for the hint.
const SYNONYMS: &[(&str, Status)] = &[
    ("bezig", Status::Lopend),
    ("gestart", Status::Lopend),
    ("actief", Status::Lopend),
    ("klaar", Status::Afgerond),
    ("gereed", Status::Afgerond),
    ("voltooid", Status::Afgerond),
    ("vertraging", Status::Vertraagd),
    ("gestopt", Status::Vervallen),
    ("geschrapt", Status::Vervallen),
    ("ingepland", Status::Gepland),
];

/// One of the six statuses, in any case; anything else is refused with the list.
pub fn parse_status(text: &str) -> Result<Status, Problem> {
    let t = text.trim().to_lowercase();
    if let Some(s) = Status::from_name(&t) {
        return Ok(s);
    }
    let names: Vec<&str> = Status::ALL.iter().map(|s| s.name()).collect();
    let near = SYNONYMS
        .iter()
        .find(|(word, _)| *word == t)
        .map(|(_, s)| s.name())
        .or_else(|| {
            crate::diag::suggestions(&t, names.iter().copied())
                .first()
                .copied()
        });
    let mut hint = format!("kies één van: {}", names.join(", "));
    if let Some(n) = near {
        hint = format!("bedoelt u '{n}'? {hint}");
    }
    Err(Problem::new(
        format!("de status '{}' bestaat niet", text.trim()),
        hint,
    ))
}

/// Each file read once and edited for all its updates.
fn edit_files(planned: &[Recorded]) -> Result<Vec<Change>, Problem> {
    let mut by_file: BTreeMap<&Path, Vec<&Recorded>> = BTreeMap::new();
    for r in planned {
        by_file.entry(&r.file).or_default().push(r);
    }
    let mut changes = Vec::new();
    for (path, updates) in by_file {
        let original = std::fs::read(path).map_err(|e| {
            Problem::new(
                format!("kan {} niet lezen: {e}", path.display()),
                "er is niets geschreven".to_owned(),
            )
        })?;
        let text = std::str::from_utf8(&original).map_err(|_| {
            Problem::new(
                format!("{} is geen UTF-8-tekst (meer)", path.display()),
                "er is niets geschreven; draai 'marke check'".to_owned(),
            )
        })?;
        let (bom, mut body) = match text.strip_prefix('\u{feff}') {
            Some(rest) => ("\u{feff}", rest.to_owned()),
            None => ("", text.to_owned()),
        };
        let kind = if path.extension().is_some_and(|e| e == "md") {
            FileKind::Markdown
        } else {
            FileKind::Yaml
        };
        for r in updates {
            body = edit::apply(&body, kind, &r.id, &r.update)
                .map_err(|e| edit_problem(path, &r.id, e))?;
        }
        changes.push(Change {
            path: path.to_path_buf(),
            original,
            new: format!("{bom}{body}").into_bytes(),
        });
    }
    Ok(changes)
}

fn edit_problem(path: &Path, id: &str, e: EditError) -> Problem {
    match e {
        EditError::NotFound => Problem::new(
            format!("kan '{id}' niet vinden in {}", path.display()),
            "staat het onderdeel op één regel tussen { }? Schrijf het dan met één veld per regel"
                .to_owned(),
        ),
        EditError::Layout(why) => Problem::new(
            format!("kan '{id}' in {} niet bijwerken", path.display()),
            why,
        ),
    }
}

/// Loads the content as it would be after writing and refuses on any error; also makes sure
/// each afspraak got exactly its new updates, so a misplaced edit can never be written.
fn verify(
    dir: &Path,
    before: &Model,
    today: Date,
    planned: &[Recorded],
    changes: &[Change],
) -> Result<(), Refusal> {
    let replaced: Vec<(PathBuf, String)> = changes
        .iter()
        .map(|c| {
            let text = String::from_utf8_lossy(&c.new);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
            (c.path.clone(), text)
        })
        .collect();
    let Checked {
        model: after,
        report,
    } = Model::load_with(dir, &replaced, today);
    if report.errors > 0 {
        let errors = report.diagnostics.into_iter().filter(Diagnostic::is_error);
        return Err(Refusal::Check(errors.collect()));
    }
    let mut added: HashMap<&str, Vec<&NewUpdate>> = HashMap::new();
    for r in planned {
        added.entry(&r.id).or_default().push(&r.update);
    }
    for (id, new) in added {
        let old = before.get(id).map_or(&[][..], |i| &i.facts.voortgang[..]);
        let now = after.get(id).map_or(&[][..], |i| &i.facts.voortgang[..]);
        let status = after.get(id).and_then(|i| i.facts.status);
        let kept = now.iter().zip(old).all(|(a, b)| {
            (a.datum, a.status, &a.toelichting) == (b.datum, b.status, &b.toelichting)
        });
        let appended = now.iter().skip(old.len()).zip(&new).all(|(u, n)| {
            (u.datum, u.status, &u.toelichting) == (n.datum, n.status, &n.toelichting)
        });
        let same = now.len() == old.len() + new.len()
            && kept
            && appended
            && status == new.last().map(|n| n.status);
        if !same {
            return Err(Refusal::File(Problem::new(
                format!("de update van '{id}' kwam niet goed in het bestand terecht"),
                "er is niets geschreven; meld dit als fout in marke".to_owned(),
            )));
        }
    }
    Ok(())
}
