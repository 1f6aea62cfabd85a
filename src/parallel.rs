//! Work split over the cores: the one way marke runs a slice on several threads (checks,
//! pages, link checking, the search words). A std scoped thread per chunk is enough for
//! these few, even-sized jobs; a work-stealing pool (rayon) would be a dependency for the
//! same result.

/// `f` on `items` split into one chunk per core (at most [`MAX_THREADS`]), the results in
/// the order of the chunks, so what comes out does not depend on the number of cores. `f`
/// gets a whole chunk, so it can keep state across the items of its chunk (a cache, a
/// stemmer). A panic in a chunk is passed on to the caller, as it would be without threads:
/// dropping that chunk's results instead would, for example, report a site as free of
/// broken links that was never checked.
pub fn chunks<T: Sync, R: Send>(items: &[T], f: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_THREADS));
    let size = items.len().div_ceil(threads).max(1);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(size)
            .map(|part| s.spawn(move || f(part)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

/// [`chunks`] for a job whose chunks each give a list: the lists joined, in order.
pub fn chunks_flat<T: Sync, R: Send>(items: &[T], f: impl Fn(&[T]) -> Vec<R> + Sync) -> Vec<R> {
    chunks(items, f).into_iter().flatten().collect()
}

/// More threads than this gain little on a build of a few thousand pages.
pub const MAX_THREADS: usize = 8;

#[cfg(test)]
mod tests {
    use super::{chunks, chunks_flat};

    #[test]
    fn results_come_in_the_order_of_the_items() {
        let items: Vec<u32> = (0..1000).collect();
        let out = chunks_flat(&items, |part| part.iter().map(|i| i * 2).collect());
        assert_eq!(out, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert!(chunks(&[] as &[u32], <[u32]>::len).iter().all(|n| *n == 0));
    }
}
