//! `lsk serve --shortcut`: a desktop launcher that really starts the
//! server on the folder it was made for.

use std::path::Path;

use crate::common::Env;

/// A home with a Finnish desktop named in `user-dirs.dirs`, as a Finnish
/// Linux desktop has it.
pub fn home() -> (tempfile::TempDir, std::path::PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let desktop = home.path().join("Työpöytä");
    std::fs::create_dir_all(&desktop).unwrap();
    std::fs::create_dir_all(home.path().join(".config")).unwrap();
    std::fs::write(
        home.path().join(".config/user-dirs.dirs"),
        "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Työpöytä\"\n",
    )
    .unwrap();
    (home, desktop)
}

pub fn vars(home: &Path) -> Vec<(&'static str, String)> {
    vec![
        ("HOME", home.display().to_string()),
        (
            "XDG_CONFIG_HOME",
            home.join(".config").display().to_string(),
        ),
    ]
}

/// The arguments of a `.desktop` Exec line, read as the freedesktop
/// specification says: the string value's escapes first, then quoting.
#[cfg(target_os = "linux")]
pub fn exec_args(entry: &str) -> Vec<String> {
    let line = entry
        .lines()
        .find_map(|l| l.strip_prefix("Exec="))
        .expect("an Exec line");
    // The string value: `\\` is one backslash.
    let value = line.replace("\\\\", "\\");
    let mut args = Vec::new();
    let mut chars = value.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c == ' ' {
            chars.next();
            continue;
        }
        let mut arg = String::new();
        if c == '"' {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '"' => break,
                    '\\' => arg.push(chars.next().unwrap()),
                    _ => arg.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ' ' {
                    break;
                }
                arg.push(c);
                chars.next();
            }
        }
        args.push(arg.replace("%%", "%"));
    }
    args
}

#[cfg(target_os = "linux")]
#[test]
fn the_shortcut_starts_the_server_on_its_folder() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    // A team folder whose name needs quoting in every launcher.
    let team = env.join("Tiimin asiat 100% \"uudet\" $x");
    std::fs::create_dir_all(&team).unwrap();
    std::fs::write(team.join("README.txt"), "tiimin asiat\n").unwrap();
    let (home, desktop) = home();
    let vars = vars(home.path());
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let run = env.lsk_with(
        env.path(),
        &[
            "serve",
            team.to_str().unwrap(),
            "--shortcut",
            "--lang",
            "fi",
        ],
        &vars,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim_end(),
        "Työpöydälle tehtiin pikakuvake lsk. Kaksoisnapsauta sitä, niin kansion ”Tiimin asiat 100% \"uudet\" $x” lasten asiat avautuvat selaimeen.",
    );
    let file = desktop.join("lsk.desktop");
    let entry = std::fs::read_to_string(&file).unwrap();
    assert!(entry.starts_with("[Desktop Entry]\n"), "{entry}");
    assert!(entry.contains("Name=lsk\n"));
    assert!(entry.contains("Comment=lsk: neuvottelut selaimessa\n"));
    assert!(entry.contains("Terminal=true\n"));
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o700);
    // What the desktop would run: lsk itself, serve, the folder.
    let args = exec_args(&entry);
    assert_eq!(args.len(), 3, "{args:?}");
    assert_eq!(args[1], "serve");
    assert_eq!(Path::new(&args[2]), team.canonicalize().unwrap());
    // Run it, as the desktop would: the browser is `true`, so nothing opens.
    let mut child = std::process::Command::new(&args[0])
        .args(&args[1..])
        .env("BROWSER", "true")
        .env("LSK_SERVE_IDLE_SECS", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.starts_with("http://127.0.0.1:"), "{line}");
    assert!(line.contains("/?token="), "{line}");
    let _ = child.kill();
    let _ = child.wait();

    // A second shortcut never replaces the first.
    std::fs::write(&file, "hand-made\n").unwrap();
    let again = env.lsk_with(
        env.path(),
        &[
            "serve",
            team.to_str().unwrap(),
            "--shortcut",
            "--lang",
            "en",
        ],
        &vars,
    );
    assert_eq!(again.code, 2, "{}", again.stdout);
    assert!(
        again.stderr.contains("does not overwrite"),
        "{}",
        again.stderr
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "hand-made\n");
}

#[test]
fn no_desktop_no_shortcut() {
    let env = Env::case("2019-05");
    let home = tempfile::tempdir().unwrap();
    let vars = vars(home.path());
    let mut vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    vars.push(("USERPROFILE", vars[0].1));
    let run = env.lsk_with(env.path(), &["serve", "--shortcut"], &vars);
    assert_eq!(run.code, 2);
    // The case's language (English here) and what was not done.
    assert!(
        run.stderr.contains("no shortcut was made"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 0);
}

#[test]
fn a_folder_named_with_an_identity_code_gets_no_shortcut() {
    let env = Env::new();
    let team = env.join("asiat-010203A1230");
    std::fs::create_dir_all(&team).unwrap();
    let (home, desktop) = home();
    let vars = vars(home.path());
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let run = env.lsk_with(
        env.path(),
        &[
            "serve",
            team.to_str().unwrap(),
            "--shortcut",
            "--lang",
            "en",
        ],
        &vars,
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("identity code"), "{}", run.stderr);
    assert!(!run.stderr.contains("010203"), "{}", run.stderr);
    assert_eq!(std::fs::read_dir(&desktop).unwrap().count(), 0);
}

/// Without `--lang`, outside a case, the message is in the locale's
/// language (the new user's walk, faults 9 and 15).
#[cfg(target_os = "linux")]
#[test]
fn the_shortcut_message_is_in_the_locales_language() {
    let env = Env::new();
    let team = env.join("tiimi");
    std::fs::create_dir_all(&team).unwrap();
    let (home, desktop) = home();
    let vars = vars(home.path());
    let mut vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    vars.push(("LC_ALL", "sv_FI.UTF-8"));
    vars.push(("LANG", "sv_FI.UTF-8"));
    let run = env.lsk_with(
        env.path(),
        &["serve", team.to_str().unwrap(), "--shortcut"],
        &vars,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim_end(),
        "Genvägen lsk skapades på skrivbordet. Dubbelklicka på den, så öppnas barnens ärenden i mappen ”tiimi” i webbläsaren.",
    );
    assert!(desktop.join("lsk.desktop").exists());
}
