//! The signals that ask marke to stop: Ctrl-C (SIGINT), `kill` (SIGTERM) and a closed
//! terminal window (SIGHUP). By default they end the process on the spot, which leaves the
//! terminal raw and the temporary folder of `marke serve` behind. Commands that have
//! something to undo catch them here and clean up first.

use anyhow::Result;

/// Calls `on_signal` with the signal's number, on a thread of its own, each time a stop
/// signal arrives. From then on these signals no longer end the process by themselves:
/// `on_signal` must end it, or make the program end. Elsewhere than on Unix this does nothing.
pub fn on_stop(mut on_signal: impl FnMut(i32) + Send + 'static) -> Result<()> {
    #[cfg(unix)]
    {
        use anyhow::Context;
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            .context("kan Ctrl+C en stopsignalen niet opvangen")?;
        std::thread::spawn(move || {
            for signal in signals.forever() {
                on_signal(signal);
            }
        });
    }
    #[cfg(not(unix))]
    let _ = &mut on_signal;
    Ok(())
}

/// The exit code of a process ended by `signal`, as shells report it (SIGTERM: 143).
pub fn exit_code(signal: i32) -> i32 {
    128 + signal
}
