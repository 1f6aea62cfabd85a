//! Writes a synthetic content folder N times the size of the real one (`marke::synthetic`),
//! to time a command on a large corpus as a whole process:
//!
//! ```sh
//! cargo run --example synthetic -- /tmp/marke-100x 100
//! /usr/bin/time ./target/release/marke --content /tmp/marke-100x voortgang
//! ```
//!
//! The folder must not exist yet: this never writes over anything.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(copies)) = (args.next(), args.next()) else {
        eprintln!("gebruik: cargo run --example synthetic -- MAP AANTAL");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    let Ok(copies) = copies.parse::<usize>() else {
        eprintln!("fout: '{copies}' is geen aantal");
        return ExitCode::from(2);
    };
    if dir.exists() {
        eprintln!("fout: {} bestaat al; kies een nieuwe map", dir.display());
        return ExitCode::from(2);
    }
    let real = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    let (model, _) = marke::model::build(marke::content::load(&real), &real);
    match marke::synthetic::write_corpus(&model, &dir, copies) {
        Ok(n) => {
            println!("{n} onderdelen geschreven in {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("fout: kan {} niet schrijven: {e}", dir.display());
            ExitCode::from(1)
        }
    }
}
