//! What every page shares: the templates (minijinja, HTML autoescape),
//! the words in the page's language, and finding the case and meeting a
//! path names among those lsk knows (never by joining the path).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use minijinja::Environment;
use serde::Deserialize;

use super::AppState;
use crate::case::{Case, is_case_root};
use crate::i18n::serve::words;
use crate::model::Lang;

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("case.html", include_str!("templates/case.html")),
    ("team.html", include_str!("templates/team.html")),
    ("meeting.html", include_str!("templates/meeting.html")),
    ("correction.html", include_str!("templates/correction.html")),
    (
        "filing_refused.html",
        include_str!("templates/filing_refused.html"),
    ),
    ("message.html", include_str!("templates/message.html")),
    ("preview.html", include_str!("templates/preview.html")),
    ("explain.html", include_str!("templates/explain.html")),
    ("actions.html", include_str!("templates/actions.html")),
    ("edit.html", include_str!("templates/edit.html")),
    ("conflict.html", include_str!("templates/conflict.html")),
    ("text.html", include_str!("templates/text.html")),
    ("new.html", include_str!("templates/new.html")),
    ("new_case.html", include_str!("templates/new_case.html")),
    ("case_edit.html", include_str!("templates/case_edit.html")),
    ("search.html", include_str!("templates/search.html")),
    ("search_box.html", include_str!("templates/search_box.html")),
    ("sync.html", include_str!("templates/sync.html")),
    ("history.html", include_str!("templates/history.html")),
    ("who.html", include_str!("templates/who.html")),
];

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        // Printing or looping over a name no page passes, or a word no row
        // has (`t.typo`, `t[value]`), is an error, never nothing on the
        // page. Not `Strict`: the pages test optional values with a plain
        // `{% if refresh %}`, which stays false when the value is not given.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::SemiStrict);
        // `.html` names: every value is HTML-escaped unless marked safe,
        // and only lsk's own escaped Markdown output is.
        for (name, text) in TEMPLATES {
            env.add_template(name, text)
                .expect("the page templates are lsk's own");
        }
        // Every value a page prints passes the one identity-code detector:
        // a code in lsk.yaml, in a folder's name or anywhere else is shown
        // masked, on every page, in titles, headings, fields and links (a
        // link to a folder named with a code then leads nowhere: the
        // folder is to be renamed, as `lsk check` says).
        env.set_formatter(|out, state, value| {
            let Some(text) = value
                .as_str()
                .map(str::to_owned)
                .or_else(|| (!value.is_undefined() && !value.is_none()).then(|| value.to_string()))
            else {
                return minijinja::escape_formatter(out, state, value);
            };
            if crate::hetu::find(&text).is_empty() {
                return minijinja::escape_formatter(out, state, value);
            }
            let masked = crate::hetu::mask(&text).into_owned();
            let masked = if value.is_safe() {
                minijinja::Value::from_safe_string(masked)
            } else {
                minijinja::Value::from(masked)
            };
            minijinja::escape_formatter(out, state, &masked)
        });
        env
    })
}

/// `?lang=` on any page: the language to show it in.
#[derive(Deserialize, Default)]
pub struct LangQuery {
    pub lang: Option<String>,
}

impl LangQuery {
    pub fn get(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::parse)
    }
}

/// The page's language: `?lang=`, then `--lang`, then the case's.
pub fn lang_of(st: &AppState, q: &LangQuery, case: Option<&Case>) -> Lang {
    q.get()
        .or(st.lang)
        .or(case.map(|c| c.lang))
        .unwrap_or_else(|| crate::i18n::locale_lang(None))
}

/// A page from a template, with the words, the language and the link
/// suffix that keeps a chosen language.
pub fn render(name: &str, lang: Lang, q: &LangQuery, ctx: minijinja::Value) -> Response {
    match render_html(name, lang, q, ctx) {
        Ok(html) => Html(html).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

/// [`render`], as text.
pub fn render_html(
    name: &str,
    lang: Lang,
    q: &LangQuery,
    ctx: minijinja::Value,
) -> Result<String, String> {
    let suffix = q
        .get()
        .map(|l| format!("?lang={}", l.as_str()))
        .unwrap_or_default();
    let full = minijinja::context! {
        t => minijinja::Value::from(minijinja::value::Serde(&words(lang))),
        lang => lang.as_str(),
        q => suffix,
        langs => Lang::NAMES.to_vec(),
        sync => super::share_line::strip(lang).map(|s| minijinja::Value::from(minijinja::value::Serde(s))),
        ..ctx
    };
    env()
        .get_template(name)
        .and_then(|t| t.render(full))
        .map_err(|e| format!("{e:#}"))
}

/// A short page with a title and a message, in the given status.
pub fn message(status: StatusCode, lang: Lang, text: &str) -> Response {
    let mut resp = render(
        "message.html",
        lang,
        &LangQuery::default(),
        minijinja::context! { message => text },
    );
    *resp.status_mut() = status;
    resp
}

pub async fn not_found() -> Response {
    let lang = crate::i18n::locale_lang(None);
    message(
        StatusCode::NOT_FOUND,
        lang,
        crate::i18n::serve::word(lang, "not_found"),
    )
}

pub fn not_found_in(lang: Lang) -> Response {
    message(
        StatusCode::NOT_FOUND,
        lang,
        crate::i18n::serve::word(lang, "not_found"),
    )
}

/// The cases the server shows, in a fixed order: the one case, or every
/// case below the team folder.
pub fn cases(st: &AppState) -> Vec<PathBuf> {
    // Listed anew only after a change on disk (live.rs).
    super::live::listing(st).roots.clone()
}

/// The `{case}` of a case's addresses: `0` when the server shows one case;
/// in a team folder, a digest of the case's folder path, so that an
/// address keeps naming the same child when cases are added or removed
/// (a page left open must never show, or save to, another child's case),
/// and no child's name is in the address.
pub fn case_id(st: &AppState, root: &Path) -> String {
    use sha2::Digest;
    if is_case_root(&st.root) {
        return "0".into();
    }
    let rel = root.strip_prefix(&st.root).unwrap_or(root);
    let digest = sha2::Sha256::digest(rel.as_os_str().as_encoded_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// The case a path's `{case}` names, if lsk knows it.
pub fn case_at(st: &AppState, id: &str) -> Option<PathBuf> {
    cases(st).into_iter().find(|root| case_id(st, root) == id)
}

/// Whether a meeting folder's name can be in an address: not when it holds
/// an identity code as the hook and `lsk check` read a name
/// (`hetu::name_holds_code`: `%31%33…` too, which the browser would
/// decode into its address bar and history). Such a folder has no page
/// (`meeting_at`) and no address (`meeting_href`); the pages name it
/// masked, without a link, and say why.
pub fn addressable(name: &str) -> bool {
    !crate::hetu::name_holds_code(name)
}

/// The address of a meeting's page, the one way one is made: `None` for a
/// folder whose name holds an identity code ([`addressable`]), else
/// `/c/{case}/m/{name}` with the name percent-encoded ([`encode`]), which
/// the route decodes back to exactly that folder's name. The meeting's
/// other pages are below it (`/edit`, `/history`, `/doc/memo`...).
pub fn meeting_href(case_id: &str, name: &str) -> Option<String> {
    addressable(name).then(|| format!("/c/{case_id}/m/{}", encode(name)))
}

/// Text as one part of an address or as a query value: every byte outside
/// `A-Z a-z 0-9 - . _ ~` as `%XX`, so that `%`, `?`, `#`, `/`, a space or
/// a control character in a folder's name neither breaks the address nor
/// makes it another one.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The meeting folder a path's `{meeting}` names: a meeting of the case
/// found by its exact name (`case::meeting::find_by_name`, the one way a
/// meeting is found by its name), resolving inside the case.
pub fn meeting_at(case_root: &Path, name: &str) -> Option<PathBuf> {
    // A folder named with an identity code has no page: its address would
    // carry the code into the browser's history (the lists show it masked,
    // and `lsk check` asks for it to be renamed).
    if !addressable(name) {
        return None;
    }
    // An address names a folder exactly: ` x` is not `x`.
    if crate::case::meeting::plain_name(name) != Some(name) {
        return None;
    }
    let meetings = case_root.join(crate::case::MEETINGS_DIR);
    match crate::case::meeting::find_by_name(&meetings, case_root, name) {
        crate::case::meeting::Lookup::Found(dir) => Some(dir),
        _ => None,
    }
    // Its meeting.md is the case's own: not a link, least of all out.
    .filter(|d| crate::fsutil::ensure_inside(case_root, &d.join(crate::case::MEETING_FILE)).is_ok())
}

/// A meeting a route names, with its case and the page's language.
pub struct Found {
    pub root: PathBuf,
    pub dir: PathBuf,
    pub case: Case,
    pub lang: Lang,
    /// Its page's address (`meeting_href`), the base of its other pages'.
    pub href: String,
}

/// The meeting `{case}/m/{meeting}` names, as every meeting route finds it:
/// the page's 404 (in the case's language once the case is known) when lsk
/// does not know it (`case_at`, `meeting_at`: inside the case, and its
/// meeting.md not a link).
pub fn find_meeting(
    st: &AppState,
    q: &LangQuery,
    case_id: &str,
    name: &str,
) -> Result<Found, Box<Response>> {
    let root = case_at(st, case_id).ok_or_else(|| Box::new(not_found_in(lang_of(st, q, None))))?;
    let case = Case::load(&root, st.lang);
    let lang = lang_of(st, q, Some(&case));
    let dir = meeting_at(&root, name).ok_or_else(|| Box::new(not_found_in(lang)))?;
    let href = meeting_href(case_id, name).ok_or_else(|| Box::new(not_found_in(lang)))?;
    Ok(Found {
        root,
        dir,
        case,
        lang,
        href,
    })
}

/// Markdown as HTML, with any raw HTML in it shown as text: nothing from
/// a case file can run in the page.
pub fn markdown(text: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TASKLISTS);
    // What the reader sees, without the markup: `010203**A**1230` reads
    // as a code once the emphasis is drawn. Then the text is shown plain,
    // masked, never as formatted HTML with the code's parts between tags.
    let mut visible = String::new();
    for e in Parser::new_ext(text, options) {
        match e {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                visible.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => visible.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => {
                visible.push_str("\n\n");
            }
            _ => {}
        }
    }
    if !crate::hetu::find(&visible).is_empty() {
        return format!(
            "<pre class=\"masked\">{}</pre>",
            escape(&crate::hetu::mask(visible.trim_end()))
        );
    }
    let events = Parser::new_ext(text, options).map(|e| match e {
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        // Only web and mail links: never `javascript:` or `data:`.
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let lower = dest_url.to_ascii_lowercase();
            let safe = ["http://", "https://", "mailto:", "#"]
                .iter()
                .any(|p| lower.starts_with(p))
                || !lower.contains(':');
            Event::Start(Tag::Link {
                link_type,
                dest_url: if safe { dest_url } else { "#".into() },
                title,
                id,
            })
        }
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// A finding as a page shows it: in the page's language, with its
/// explanation one click away when lsk has one.
#[derive(serde::Serialize, Clone)]
pub struct FindingView {
    pub severity: &'static str,
    pub rule: &'static str,
    /// The rule's title in the page's language (its id stays on the
    /// explanation page, in a closed details).
    pub rule_title: &'static str,
    pub message: String,
    pub help: Option<String>,
    pub explain: bool,
    pub line: usize,
}

impl FindingView {
    pub fn of(f: &crate::finding::Finding, lang: Lang) -> FindingView {
        // In the page's words: fields by their labels, the page's buttons.
        let text = crate::i18n::page_text(lang, &f.msg);
        // The command line's way out (`lsk render …`) is a button here.
        let help = match crate::rules::rule(f.rule).and_then(|r| r.page_help) {
            Some(word) => Some(crate::i18n::serve::word(lang, word).to_owned()),
            None => text.help,
        };
        FindingView {
            severity: f.severity.as_str(),
            rule: f.rule,
            rule_title: rule_title(f.rule, lang),
            message: upper_first(&text.message),
            help,
            explain: crate::help::explain(f.rule, lang).is_some(),
            line: f.line,
        }
    }
}

/// Text for HTML outside a template.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub use crate::i18n::labels::{lower_first, meeting_name};

/// "lasta ei ole…" → "Lasta ei ole…", for a message standing as a
/// sentence on a page.
pub fn upper_first(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The day of a meeting in words, from its folder name, for a heading
/// that already names the kind; the folder's own name when it starts
/// with no date.
pub fn meeting_day(lang: Lang, dir: &str) -> String {
    dir.get(..10)
        .and_then(crate::date::parse_date)
        .map_or_else(|| dir.to_owned(), |d| crate::i18n::dates::date(lang, d))
}

/// A rule's title on a page: the page's own words where the help's
/// title names files ("asiakirja on tehty meeting.md:n aiemmasta
/// versiosta"), else the help's.
pub fn rule_title(rule: &str, lang: Lang) -> &'static str {
    let key = format!("rule_title.{rule}");
    if crate::i18n::serve::has(&key) {
        crate::i18n::serve::word(lang, &key)
    } else {
        crate::help::rule_summary(rule, lang)
    }
}

/// The language a browser asks for first among lsk's (`Accept-Language:
/// sv-FI,sv;q=0.9`), for the pages shown before any case is open.
pub fn browser_lang(headers: &axum::http::HeaderMap) -> Option<Lang> {
    let asked = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)?
        .to_str()
        .ok()?;
    asked.split(',').find_map(|part| {
        let tag = part.split(';').next().unwrap_or("").trim();
        Lang::parse(tag.get(..2)?.to_ascii_lowercase().as_str())
    })
}

/// The copies of a meeting's memo by their ids (`memo.<id>.md`) and
/// their names in `lang` ("Päiväkoti Satakieli"), as the meeting's
/// invitees and consent name them; empty when meeting.md does not read.
pub fn copy_names(lang: Lang, case_root: &Path, meeting_dir: &Path) -> Vec<(String, String)> {
    let file = meeting_dir.join(crate::case::MEETING_FILE);
    let Ok(text) = crate::case::source::read_text(&file) else {
        return Vec::new();
    };
    let mut sink = crate::finding::Sink::new(file, None, lang);
    let Some(fm) = crate::case::meeting::parse_meeting(&text, &mut sink) else {
        return Vec::new();
    };
    let case = Case::load(case_root, None);
    let (vocab, choices) = crate::view::copy_choices(&fm, case.organisation.as_deref());
    choices
        .into_iter()
        .map(|(id, r)| {
            let label = crate::render::context::recipient_name(lang, &vocab, &r);
            (id, label)
        })
        .collect()
}
