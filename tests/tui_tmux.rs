//! End to end: the real binary in tmux, driven like a person would. Open, search
//! "mantelzorg", open a result, walk its found words with `n`, find a word in the text with
//! `/`, go back, open help, quit — and the terminal is restored (no alternate screen, cooked
//! mode back). With `--muis`: a click and the wheel work, and after Ctrl-C the mouse is
//! released. `kill -TERM` and `kill -HUP` restore the terminal like quitting does. Needs
//! tmux (`apt-get install tmux`); without it the tests are skipped (see `common::e2e_tools`).
//! They run on a tmux server of their own, so they never touch a user's sessions.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Session(String);

impl Drop for Session {
    fn drop(&mut self) {
        tmux(&["kill-session", "-t", &self.0]);
        let _ = std::fs::remove_file(pid_file(&self.0));
    }
}

/// Where the session's shell writes the process id of marke (see [`start`]).
fn pid_file(session: &str) -> PathBuf {
    std::env::temp_dir().join(format!("{session}.pid"))
}

/// The private tmux server of this test process (`tmux -L`).
fn socket() -> String {
    format!("marke-test-{}", std::process::id())
}

fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux")
        .arg("-L")
        .arg(socket())
        .args(args)
        .output()
        .expect("tmux is installed (apt-get install tmux)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

impl Session {
    /// The process id of marke in this session.
    fn marke_pid(&self) -> String {
        std::fs::read_to_string(pid_file(&self.0))
            .expect("marke's process id")
            .trim()
            .to_owned()
    }

    /// A tmux format for the pane, e.g. `#{alternate_on}`.
    fn flag(&self, format: &str) -> String {
        tmux(&["display", "-p", "-t", &self.0, format])
            .trim()
            .to_owned()
    }

    /// A mouse event as the terminal sends it with SGR encoding; `x` and `y` count from 0.
    fn mouse(&self, button: u8, x: u16, y: u16) {
        let (x, y) = (x + 1, y + 1);
        tmux(&[
            "send-keys",
            "-t",
            &self.0,
            "-l",
            &format!("\x1b[<{button};{x};{y}M"),
        ]);
        if button < 64 {
            tmux(&[
                "send-keys",
                "-t",
                &self.0,
                "-l",
                &format!("\x1b[<{button};{x};{y}m"),
            ]);
        }
        sleep(Duration::from_millis(30));
    }

    fn screen(&self) -> String {
        tmux(&["capture-pane", "-p", "-t", &self.0])
    }

    /// Waits until the screen shows `text`; fails with the screen after 20 seconds.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {text:?}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            tmux(&["send-keys", "-t", &self.0, k]);
            sleep(Duration::from_millis(30));
        }
    }
}

#[test]
fn search_open_back_help_quit_restores_the_terminal() {
    let Some(_) = common::e2e_tools(&[common::TMUX]) else {
        return;
    };
    let name = format!("marke-e2e-{}", std::process::id());
    // After marke: is the terminal back in cooked mode (icanon, not -icanon)?
    let session = start(&name, "", "stty -a | grep -o -- '-\\?icanon';");
    session.wait_for("De Drentse Droom");
    assert_eq!(
        tmux(&["display", "-p", "-t", &name, "#{alternate_on}"]).trim(),
        "1"
    );

    session.keys(&["/"]);
    session.wait_for("Zoek:");
    session.keys(&["m", "a", "n", "t", "e", "l", "z", "o", "r", "g"]);
    let results = session.wait_for("Mantelzorgers onders");
    assert!(results.contains("resultaten"), "{results}");

    session.keys(&["Down", "Enter"]);
    let opened = session.wait_for("TEKST");
    assert!(
        opened.contains("2.1.1.A Mantelzorgers ondersteunen"),
        "{opened}"
    );
    session.wait_for("Zoek in tekst: mantelzorg  1/3");
    session.keys(&["n"]);
    session.wait_for("Zoek in tekst: mantelzorg  2/3");

    session.keys(&["f", "s", "t", "e", "u", "n"]);
    session.wait_for("Zoek in tekst: steun  1/2");
    session.keys(&["Escape"]); // the find ends
    session.wait_for("TEKST  1/");

    session.keys(&["Escape"]); // one Esc: back to the search results
    session.wait_for("Zoek: mantelzorg");

    // The agenda filtered on an organisation by typing part of its name.
    session.keys(&["Escape", "2", "w"]);
    session.wait_for("Filter de agenda op organisatie");
    session.keys(&["z", "o", "r", "g", "b", "Enter"]);
    let filtered = session.wait_for("[wie: Zorgbelang Drenthe · 1]");
    assert!(filtered.contains("2.1.1.B"), "{filtered}");
    assert!(!filtered.contains("2.1.1.A"), "{filtered}");

    session.keys(&["?"]);
    session.wait_for("Hulp: alle toetsen");
    session.keys(&["Escape", "q"]);

    session.wait_for("marke klaar: 0");
    let after = session.wait_for("icanon"); // the shell runs stty after the line above
    assert!(
        after.contains("icanon") && !after.contains("-icanon"),
        "terminal still raw:\n{after}"
    );
    assert_eq!(
        tmux(&["display", "-p", "-t", &name, "#{alternate_on}"]).trim(),
        "0"
    );
}

/// Starts marke in a new tmux session of 100 × 30 with these extra arguments; `after` runs in
/// the shell once marke has ended. marke's process id goes to [`pid_file`].
fn start(name: &str, args: &str, after: &str) -> Session {
    start_env(name, "", args, after)
}

/// [`start`] with environment settings for marke, such as `TERM=dumb`.
fn start_env(name: &str, env: &str, args: &str, after: &str) -> Session {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("tests/fixtures/tui/content");
    let script = format!(
        "sh -c 'echo $$ > {}; {env} exec {} --content {} {args}'; echo \"marke klaar: $?\"; {after} sleep 30",
        pid_file(name).display(),
        env!("CARGO_BIN_EXE_marke"),
        content.display()
    );
    let session = Session(name.to_owned());
    tmux(&[
        "new-session",
        "-d",
        "-s",
        name,
        "-x",
        "100",
        "-y",
        "30",
        "-c",
        &root.display().to_string(),
        &script,
    ]);
    session
}

/// A terminal that says it cannot do much (`TERM=dumb`: an Emacs shell, some screen-reader
/// consoles) gets the plain-text overview, not the full-screen browser, and no colour codes.
#[test]
fn term_dumb_gets_plain_text_without_colour() {
    let Some(_) = common::e2e_tools(&[common::TMUX]) else {
        return;
    };
    let name = format!("marke-e2e-dumb-{}", std::process::id());
    let session = start_env(&name, "TERM=dumb", "", "");
    let screen = session.wait_for("marke klaar: 0");
    assert!(screen.contains("De Drentse Droom"), "{screen}");
    assert!(screen.contains("Netwerkaanpak"), "{screen}");
    assert_eq!(session.flag("#{alternate_on}"), "0");
    let raw = tmux(&["capture-pane", "-p", "-e", "-t", &name]);
    assert!(
        !raw.contains('\x1b'),
        "colour codes on a dumb terminal:\n{raw:?}"
    );
}

/// `marke browse 2.1.1.a` opens the browser at that afspraak, its text in view; `Esc` goes
/// back to the start screen.
#[test]
fn browse_with_a_code_opens_at_that_item() {
    let Some(_) = common::e2e_tools(&[common::TMUX]) else {
        return;
    };
    let session = start(
        &format!("marke-e2e-start-{}", std::process::id()),
        "browse 2.1.1.a",
        "",
    );
    let screen = session.wait_for("TEKST");
    assert!(
        screen.contains("2.1.1.A Mantelzorgers ondersteunen"),
        "{screen}"
    );
    session.keys(&["Escape"]);
    session.wait_for("LIJST");
    session.keys(&["q"]);
    session.wait_for("marke klaar: 0");
}

#[test]
fn without_muis_the_mouse_is_left_to_the_terminal() {
    let Some(_) = common::e2e_tools(&[common::TMUX]) else {
        return;
    };
    let session = start(&format!("marke-e2e-nomouse-{}", std::process::id()), "", "");
    session.wait_for("De Drentse Droom");
    assert_eq!(session.flag("#{mouse_any_flag}#{mouse_button_flag}"), "00");
    session.keys(&["q"]);
    session.wait_for("marke klaar: 0");
}

#[test]
fn with_muis_a_click_selects_the_wheel_moves_and_ctrl_c_releases_the_mouse() {
    let Some(_) = common::e2e_tools(&[common::TMUX]) else {
        return;
    };
    let session = start(
        &format!("marke-e2e-mouse-{}", std::process::id()),
        "--muis",
        "",
    );
    session.wait_for("LIJST  1/3");
    assert_eq!(session.flag("#{mouse_sgr_flag}"), "1", "mouse captured");
    // 100 wide: the list is on the left, under the Droom and the pane titles (header 1 line,
    // top 5 lines, titles 1 line).
    session.mouse(0, 4, 9); // the third row: 1.3 Gezonde leefomgeving
    let screen = session.wait_for("LIJST  3/3");
    assert!(screen.contains("▶ 1.3 Gezonde leefomgev"), "{screen}");
    session.mouse(64, 4, 9); // wheel up: one row up
    session.wait_for("LIJST  2/3");
    session.mouse(0, 4, 8); // the selected row again: open it
    session.wait_for("LIJST  1/2");
    session.keys(&["C-c"]);
    session.wait_for("marke klaar: 0");
    assert_eq!(session.flag("#{alternate_on}"), "0");
    assert_eq!(
        session
            .flag("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}"),
        "0000",
        "mouse still captured after Ctrl-C"
    );
}

#[test]
fn kill_term_and_kill_hup_restore_the_terminal() {
    let Some(_) = common::e2e_tools(&[common::TMUX]) else {
        return;
    };
    // After marke: the terminal's echo and line mode, as `stty -a` shows them.
    let stty = "echo \"stty: $(stty -a | tr ' ;' '\\n\\n' \
                | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\\n' ' ')\";";
    for (signal, code) in [("TERM", 143), ("HUP", 129)] {
        let name = format!("marke-e2e-{signal}-{}", std::process::id());
        let session = start(&name, "--muis", stty);
        session.wait_for("LIJST  1/3");
        assert_eq!(session.flag("#{alternate_on}"), "1");
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &session.marke_pid()])
            .status()
            .is_ok_and(|s| s.success());
        assert!(killed, "kill -{signal}");
        session.wait_for(&format!("marke klaar: {code}"));
        let after = session.wait_for("stty: ");
        let words: Vec<&str> = after.split_whitespace().collect();
        assert!(
            words.contains(&"echo") && words.contains(&"icanon"),
            "SIG{signal}: terminal still raw:\n{after}"
        );
        assert!(
            !words.contains(&"-echo") && !words.contains(&"-icanon"),
            "SIG{signal}: {after}"
        );
        assert_eq!(session.flag("#{alternate_on}"), "0", "SIG{signal}");
        assert_eq!(
            session.flag("#{mouse_any_flag}#{mouse_button_flag}#{mouse_sgr_flag}"),
            "000",
            "SIG{signal}: mouse still captured"
        );
    }
}
