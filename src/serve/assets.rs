//! The style sheets and the two small scripts, served from the binary.

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};

const STYLE: &str = include_str!("assets/style.css");
const FORM: &str = include_str!("assets/form.css");
const LIVE: &str = include_str!("assets/live.js");
const SEARCH: &str = include_str!("assets/search.js");

pub async fn file(Path(name): Path<String>) -> Response {
    match name.as_str() {
        "style.css" => ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response(),
        "form.css" => ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], FORM).into_response(),
        "live.js" => (
            [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
            LIVE,
        )
            .into_response(),
        "search.js" => (
            [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
            SEARCH,
        )
            .into_response(),
        _ => super::page::not_found().await,
    }
}
