//! A desktop shortcut that starts `lsk serve` for one folder, so that a
//! worker who never opens a terminal can open the case (or the team's
//! cases) in the browser with a double-click.
//!
//! One file per system, each the system's own plain-text launcher:
//! a freedesktop `.desktop` entry (Linux), a `.command` shell script that
//! Terminal runs (macOS), and a `.cmd` batch file (Windows). Each runs lsk
//! in a terminal window, so that the address and any message stay visible
//! and closing the window stops the server. The file names hold no folder
//! name: a case folder may be named after a child, and a desktop is seen by
//! whoever stands behind the worker.

use std::path::{Path, PathBuf};

use crate::model::Lang;

/// The systems lsk makes a shortcut for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    Linux,
    MacOs,
    Windows,
}

impl System {
    /// The system lsk runs on (any other Unix gets the Linux entry).
    pub fn current() -> System {
        if cfg!(target_os = "macos") {
            System::MacOs
        } else if cfg!(windows) {
            System::Windows
        } else {
            System::Linux
        }
    }
}

/// A shortcut to write: its file name, its text, and whether it must be
/// executable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortcut {
    pub file_name: &'static str,
    pub text: String,
    pub executable: bool,
}

/// Why no shortcut can be made for these paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A path holds a character the launcher cannot carry safely
    /// (a line break or another control character, or `"` on Windows).
    Unquotable,
    /// A path holds an identity code: it would be copied to the desktop.
    IdentityCode,
}

/// The title shown under the icon.
fn title(lang: Lang) -> &'static str {
    crate::i18n::words(lang).shortcut.title
}

/// What the terminal window says while the server runs.
fn keep_open(lang: Lang) -> &'static str {
    crate::i18n::words(lang).shortcut.keep_open
}

/// The shortcut that runs `lsk serve FOLDER` with the lsk program at `lsk`,
/// for `system`. Both paths should be absolute.
pub fn shortcut(
    system: System,
    lsk: &Path,
    folder: &Path,
    lang: Lang,
) -> Result<Shortcut, Refusal> {
    let lsk_text = lsk.to_string_lossy();
    let folder_text = folder.to_string_lossy();
    for text in [&lsk_text, &folder_text] {
        if crate::case::holds_code(text) {
            return Err(Refusal::IdentityCode);
        }
        if text.chars().any(char::is_control) {
            return Err(Refusal::Unquotable);
        }
    }
    Ok(match system {
        System::Linux => Shortcut {
            file_name: "lsk.desktop",
            text: format!(
                "[Desktop Entry]\nType=Application\nVersion=1.0\nName=lsk\nComment={}\n\
                 Exec={} serve {}\nTerminal=true\nCategories=Office;\n",
                title(lang),
                desktop_arg(&lsk_text),
                desktop_arg(&folder_text),
            ),
            // Desktops start only entries their owner may execute.
            executable: true,
        },
        System::MacOs => Shortcut {
            file_name: "lsk.command",
            text: format!(
                "#!/bin/sh\n# {}\necho {}\nexec {} serve {}\n",
                title(lang),
                sh_arg(keep_open(lang)),
                sh_arg(&lsk_text),
                sh_arg(&folder_text),
            ),
            executable: true,
        },
        System::Windows => {
            if lsk_text.contains('"') || folder_text.contains('"') {
                return Err(Refusal::Unquotable);
            }
            // The paths as a person and cmd.exe write them: without the
            // `\\?\` prefix a canonical Windows path carries.
            let lsk_text = plain_windows_path(&lsk_text);
            let folder_text = plain_windows_path(&folder_text);
            Shortcut {
                file_name: "lsk.cmd",
                // chcp 65001: the file is UTF-8, so that folder names with
                // ä and ö reach lsk as written. CRLF line ends, as cmd.exe
                // expects; `%` doubled, as a batch file reads `%%` as `%`.
                text: format!(
                    "@echo off\r\nchcp 65001 >nul\r\nrem {}\r\necho {}\r\n\"{}\" serve \"{}\"\r\n\
                     if errorlevel 1 pause\r\n",
                    title(lang),
                    cmd_echo(keep_open(lang)),
                    lsk_text.replace('%', "%%"),
                    folder_text.replace('%', "%%"),
                ),
                executable: false,
            }
        }
    })
}

/// A Windows path without its verbatim prefix: `\\?\C:\x` → `C:\x`,
/// `\\?\UNC\server\share` → `\\server\share` (what
/// `std::fs::canonicalize` returns there). Other paths are as they are.
fn plain_windows_path(text: &str) -> String {
    if let Some(rest) = text.strip_prefix(r"\\?\UNC\") {
        format!(r"\\{rest}")
    } else if let Some(rest) = text.strip_prefix(r"\\?\")
        && rest.as_bytes().get(1) == Some(&b':')
    {
        rest.to_owned()
    } else {
        text.to_owned()
    }
}

/// One argument of a `.desktop` Exec line: quoted, with the characters the
/// specification reserves escaped, then escaped again as a string value
/// (a backslash in the file is read as an escape first), and `%` doubled.
fn desktop_arg(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '`' | '$' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            _ => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted.replace('\\', "\\\\").replace('%', "%%")
}

/// One argument for the POSIX shell: single-quoted.
fn sh_arg(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// Text for cmd.exe's `echo`: its special characters escaped with `^`.
fn cmd_echo(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if matches!(c, '^' | '&' | '|' | '<' | '>' | '(' | ')' | '%') {
            out.push('^');
        }
        out.push(c);
    }
    out
}

/// The desktop folder of the person running lsk: the freedesktop
/// `XDG_DESKTOP_DIR` (as set, or in `user-dirs.dirs`, where a Finnish
/// desktop is called `Työpöytä`), else `Desktop` in the home folder; on
/// Windows `%USERPROFILE%\Desktop` or the OneDrive one. None when there is
/// no such folder: lsk does not create one.
pub fn desktop_dir() -> Option<PathBuf> {
    let home =
        std::env::var_os(if cfg!(windows) { "USERPROFILE" } else { "HOME" }).map(PathBuf::from)?;
    let mut candidates = Vec::new();
    if cfg!(windows) {
        candidates.extend(windows_desktops(known_desktop(), |name| {
            std::env::var_os(name)
        }));
    } else {
        if let Some(dir) = std::env::var_os("XDG_DESKTOP_DIR") {
            candidates.push(PathBuf::from(dir));
        }
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join(".config"));
        if let Ok(text) = std::fs::read_to_string(config.join("user-dirs.dirs"))
            && let Some(dir) = user_dirs_desktop(&text, &home)
        {
            candidates.push(dir);
        }
    }
    candidates.push(home.join("Desktop"));
    candidates.into_iter().find(|d| d.is_dir())
}

/// The desktops to try on Windows, in order: the one Windows itself names
/// (`known`: the Desktop known folder, which follows a redirection to a
/// network share or to OneDrive and a localised folder name such as
/// `Työpöytä`), then `%OneDrive%\Desktop`; `%USERPROFILE%\Desktop` comes
/// last in [`desktop_dir`].
fn windows_desktops(
    known: Option<PathBuf>,
    var: impl Fn(&str) -> Option<std::ffi::OsString>,
) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = known.into_iter().collect();
    if let Some(one) = var("OneDrive").filter(|v| !v.is_empty()) {
        out.push(PathBuf::from(one).join("Desktop"));
    }
    out
}

/// The Desktop known folder of the user running lsk
/// (`SHGetKnownFolderPath(FOLDERID_Desktop)`).
#[cfg(windows)]
#[allow(unsafe_code)]
fn known_desktop() -> Option<PathBuf> {
    use std::os::windows::ffi::OsStringExt;
    use windows_sys::Win32::System::Com::CoTaskMemFree;
    use windows_sys::Win32::UI::Shell::{FOLDERID_Desktop, KF_FLAG_DEFAULT, SHGetKnownFolderPath};
    let mut raw: windows_sys::core::PWSTR = std::ptr::null_mut();
    // SAFETY: the GUID is a constant, no access token (null: the current
    // user), and `raw` receives a string the shell allocates, which is
    // read up to its NUL and freed with CoTaskMemFree whatever the result,
    // as the function's documentation requires.
    unsafe {
        let hr = SHGetKnownFolderPath(
            &FOLDERID_Desktop,
            KF_FLAG_DEFAULT as u32,
            std::ptr::null_mut(),
            &mut raw,
        );
        let path = if hr == 0 && !raw.is_null() {
            let mut len = 0;
            while *raw.add(len) != 0 {
                len += 1;
            }
            let wide = std::slice::from_raw_parts(raw, len);
            Some(PathBuf::from(std::ffi::OsString::from_wide(wide)))
        } else {
            None
        };
        CoTaskMemFree(raw as *const core::ffi::c_void);
        path
    }
}

#[cfg(not(windows))]
fn known_desktop() -> Option<PathBuf> {
    None
}

/// `XDG_DESKTOP_DIR="$HOME/Työpöytä"` in a `user-dirs.dirs` file.
fn user_dirs_desktop(text: &str, home: &Path) -> Option<PathBuf> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("XDG_DESKTOP_DIR="))?;
    let value = line["XDG_DESKTOP_DIR=".len()..].trim().trim_matches('"');
    if let Some(rest) = value.strip_prefix("$HOME") {
        Some(home.join(rest.trim_start_matches('/')))
    } else if value.starts_with('/') {
        Some(PathBuf::from(value))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desktop_entry_quotes_and_escapes() {
        let s = shortcut(
            System::Linux,
            Path::new("/opt/lsk/bin/lsk"),
            Path::new("/home/sari/Asiat 100% \"uudet\"/$x`y`\\z"),
            Lang::Fi,
        )
        .unwrap();
        assert!(s.text.contains(
            "Exec=\"/opt/lsk/bin/lsk\" serve \"/home/sari/Asiat 100%% \\\\\"uudet\\\\\"/\\\\$x\\\\`y\\\\`\\\\\\\\z\"\n"
        ), "{}", s.text);
        assert!(s.text.contains("Terminal=true"));
        assert_eq!(s.file_name, "lsk.desktop");
    }

    #[test]
    fn command_file_single_quotes() {
        let s = shortcut(
            System::MacOs,
            Path::new("/usr/local/bin/lsk"),
            Path::new("/Users/sari/Sarin asiat/it's"),
            Lang::Sv,
        )
        .unwrap();
        assert!(s.text.starts_with("#!/bin/sh\n"));
        assert!(
            s.text
                .contains("exec '/usr/local/bin/lsk' serve '/Users/sari/Sarin asiat/it'\\''s'\n")
        );
        assert!(s.executable);
    }

    #[test]
    fn batch_file_doubles_percent_and_refuses_quotes() {
        let s = shortcut(
            System::Windows,
            Path::new(r"C:\Program Files\lsk\lsk.exe"),
            Path::new(r"C:\Users\sari\Asiat 100%"),
            Lang::En,
        )
        .unwrap();
        assert!(s.text.contains(
            "\"C:\\Program Files\\lsk\\lsk.exe\" serve \"C:\\Users\\sari\\Asiat 100%%\"\r\n"
        ));
        assert!(s.text.contains("chcp 65001"));
        assert!(s.text.lines().all(|l| !l.contains('\n')));
        assert_eq!(
            shortcut(
                System::Windows,
                Path::new("lsk"),
                Path::new("a\"b"),
                Lang::En
            ),
            Err(Refusal::Unquotable)
        );
    }

    #[test]
    fn refuses_line_breaks_and_identity_codes() {
        for system in [System::Linux, System::MacOs, System::Windows] {
            assert_eq!(
                shortcut(
                    system,
                    Path::new("/bin/lsk"),
                    Path::new("/a\nExec=x"),
                    Lang::Fi
                ),
                Err(Refusal::Unquotable)
            );
            assert_eq!(
                shortcut(
                    system,
                    Path::new("/bin/lsk"),
                    Path::new("/asiat/010203A1230"),
                    Lang::Fi
                ),
                Err(Refusal::IdentityCode)
            );
        }
    }

    #[test]
    fn windows_paths_lose_the_verbatim_prefix() {
        let s = shortcut(
            System::Windows,
            Path::new(r"\\?\C:\Program Files\lsk\lsk.exe"),
            Path::new(r"\\?\UNC\palvelin\lsk\Tiimi Pohjoinen"),
            Lang::Fi,
        )
        .unwrap();
        assert!(
            s.text.contains(
                "\"C:\\Program Files\\lsk\\lsk.exe\" serve \"\\\\palvelin\\lsk\\Tiimi Pohjoinen\"\r\n"
            ),
            "{}",
            s.text
        );
        assert_eq!(plain_windows_path(r"D:\asiat"), r"D:\asiat");
        assert_eq!(plain_windows_path(r"\\server\share"), r"\\server\share");
        assert_eq!(plain_windows_path(r"\\?\Volume{x}\a"), r"\\?\Volume{x}\a");
    }

    #[test]
    fn windows_desktops_in_order() {
        let known = PathBuf::from(r"\\palvelin\kotikansiot\sari\Työpöytä");
        let vars = |name: &str| {
            (name == "OneDrive")
                .then(|| std::ffi::OsString::from(r"C:\Users\sari\OneDrive - Kunta"))
        };
        assert_eq!(
            windows_desktops(Some(known.clone()), vars),
            vec![
                known,
                PathBuf::from(r"C:\Users\sari\OneDrive - Kunta").join("Desktop")
            ]
        );
        assert_eq!(windows_desktops(None, |_| None), Vec::<PathBuf>::new());
        assert_eq!(
            windows_desktops(None, |_| Some(std::ffi::OsString::new())),
            Vec::<PathBuf>::new()
        );
    }

    #[test]
    fn user_dirs_file_is_read() {
        let home = Path::new("/home/sari");
        assert_eq!(
            user_dirs_desktop("# c\nXDG_DESKTOP_DIR=\"$HOME/Työpöytä\"\n", home),
            Some(PathBuf::from("/home/sari/Työpöytä"))
        );
        assert_eq!(
            user_dirs_desktop("XDG_DESKTOP_DIR=\"/srv/d\"", home),
            Some(PathBuf::from("/srv/d"))
        );
        assert_eq!(user_dirs_desktop("XDG_MUSIC_DIR=\"$HOME/m\"", home), None);
    }
}
