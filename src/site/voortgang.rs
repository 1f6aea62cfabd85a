//! The living agenda on the site: what an afspraak page and an agenda row say about progress
//! (status, "laatst bijgewerkt", the history, "verlopen" in words), and the page
//! `voortgang/` with the picture, the table and the overdue afspraken.
//!
//! Every answer comes from [`crate::model::agenda`] and [`Progress`] as of `Options::today`,
//! so the site says what `marke show` and `marke voortgang` say on the same day.

use anyhow::Result;
use minijinja::context;
use minijinja::value::Serde;
use serde::Serialize;

use super::context::{self as ctx, LinkCtx, PageCtx};
use super::output::Output;
use super::pages::Renderer;
use super::svg;
use crate::model::agenda::{self, STALE_MONTHS, Update};
use crate::model::{Date, Item, ItemType, Planned, Status};
use crate::progress::Progress;

/// Where the feed of status changes is, from the site root.
pub const FEED: &str = "voortgang/feed.xml";
/// The progress page, from the site root.
pub const PAGE: &str = "voortgang/";

/// One status update as a page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct UpdateCtx {
    /// `2026-12-01`, for `<time datetime>`.
    pub datum: String,
    /// "1 december 2026".
    pub datum_nl: String,
    pub status: &'static str,
    pub toelichting: Option<String>,
}

impl From<&Update> for UpdateCtx {
    fn from(u: &Update) -> Self {
        Self {
            datum: u.datum.to_string(),
            datum_nl: u.datum.display_nl(),
            status: u.status.name(),
            toelichting: u.toelichting.clone(),
        }
    }
}

/// The progress block of an afspraak page.
#[derive(Debug, Clone, Serialize)]
pub struct StatusCtx {
    pub status: &'static str,
    pub verlopen: bool,
    /// "2025", "2e kwartaal 2025": said with "verlopen".
    pub gepland: String,
    pub laatst: Option<UpdateCtx>,
    /// Oldest first, as in the content and in `marke show`.
    pub history: Vec<UpdateCtx>,
}

/// The progress block for `item` as of `today`; `None` for anything but an afspraak.
pub fn status(item: &Item, today: Date) -> Option<StatusCtx> {
    (item.kind == ItemType::Afspraak).then(|| StatusCtx {
        status: item.facts.status.unwrap_or_default().name(),
        verlopen: agenda::overdue(item, today),
        gepland: item.facts.gepland.map(Planned::display).unwrap_or_default(),
        laatst: agenda::latest(item).map(UpdateCtx::from),
        history: item.facts.voortgang.iter().map(UpdateCtx::from).collect(),
    })
}

/// An afspraak in a list (the agenda, the overdue list): the link plus what to say next to
/// it.
#[derive(Debug, Clone, Serialize)]
pub struct AfspraakCtx {
    #[serde(flatten)]
    pub link: LinkCtx,
    /// The status when one is known (not `onbekend`): a list full of "onbekend" says nothing.
    pub status: Option<&'static str>,
    pub verlopen: bool,
    pub gepland: String,
}

pub fn row(item: &Item, root: &str, today: Date) -> AfspraakCtx {
    AfspraakCtx {
        link: ctx::link(item, root),
        status: item
            .facts
            .status
            .filter(|s| *s != Status::Onbekend)
            .map(Status::name),
        verlopen: agenda::overdue(item, today),
        gepland: item.facts.gepland.map(Planned::display).unwrap_or_default(),
    }
}

impl Renderer<'_> {
    /// `voortgang/index.html`: the picture, the same numbers as a table, and the overdue
    /// afspraken with links.
    pub(super) fn voortgang(&self, out: &mut Output) -> Result<()> {
        let root = ctx::root_for(PAGE);
        let today = self.opts.today;
        let progress = Progress::new(self.model, today);
        let picture = svg::voortgang::picture(&progress, &root);
        let overdue: Vec<AfspraakCtx> = self
            .model
            .of_type(ItemType::Afspraak)
            .into_iter()
            .filter(|a| agenda::overdue(a, today))
            .map(|a| row(a, &root, today))
            .collect();
        let intro = format!(
            "Hier ziet u per opgave hoe ver de afspraken zijn, op {}. \
             Staat er 'onbekend', dan is er over die afspraak nog geen update bekend.",
            today.display_nl()
        );
        let page = PageCtx {
            title: "Voortgang".into(),
            description: intro.clone(),
            kind: "Voortgang".into(),
            breadcrumb: vec![
                ctx::home(&root),
                LinkCtx {
                    title: "Voortgang".into(),
                    href: String::new(),
                    summary: String::new(),
                },
            ],
            ..PageCtx::default()
        };
        self.page(
            out,
            PAGE,
            "voortgang.html",
            page,
            context! {
                intro,
                picture => Serde(picture),
                overdue => Serde(overdue),
                stale_months => STALE_MONTHS,
                feed => format!("{root}{FEED}"),
            },
        )
    }
}
