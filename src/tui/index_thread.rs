//! The search index, built in a thread so the first frame does not wait for it. The thread
//! shares the model (an [`Arc`]), it does not copy it; the first search waits for the index if
//! it is not ready yet.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use anyhow::Result;

use super::strings as s;
use crate::index::SearchIndex;
use crate::model::Model;

/// The index, or the thread building it, or why it could not be built.
pub(super) enum IndexState {
    Building(Receiver<Result<SearchIndex>>),
    Ready(SearchIndex),
    Failed(String),
}

impl IndexState {
    pub(super) fn spawn(model: &Arc<Model>, today: (u16, u8, u8)) -> Self {
        let model = Arc::clone(model);
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(SearchIndex::build_at(&model, today.into()));
        });
        IndexState::Building(rx)
    }

    /// The index, waiting for the thread if needed.
    pub(super) fn get(&mut self) -> Result<&SearchIndex, &str> {
        if let IndexState::Building(rx) = self {
            *self = match rx.recv() {
                Ok(Ok(index)) => IndexState::Ready(index),
                Ok(Err(e)) => IndexState::Failed(s::index_failed(&format!("{e:#}"))),
                Err(_) => IndexState::Failed(s::index_failed("de bouw stopte onverwacht")),
            };
        }
        match self {
            IndexState::Ready(index) => Ok(index),
            IndexState::Failed(why) => Err(why),
            IndexState::Building(_) => Err(s::INDEX_BUSY),
        }
    }
}
