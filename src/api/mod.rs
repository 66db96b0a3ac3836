//! The HTTP layer: routes, request and answer types, the one error type and the OpenAPI document.
//!
//! Thin on purpose: handlers turn a request into an [`request::Article`], run the analyses of
//! [`crate::analysis`] off the async executor and convert byte offsets to the client's unit.

pub mod error;
pub mod examples;
pub mod metrics;
pub mod middleware;
pub mod offsets;
pub mod request;
pub mod response;
pub mod routes;
pub mod security;
pub mod state;

use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::{web, App, HttpResponse};
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::api::state::AppState;

/// Document-level metadata; paths and schemas are collected from the handlers.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "copydesk",
        description = "Reads a news article and tells what it says and how it says it: language, \
extractive summary, hedging and speculation markers, sourcing breakdown and bias indicators.\n\n\
Every span is `{start, end, text}`, end exclusive, in the request's `offset_encoding` (`utf32` code \
points by default, `utf16` for JavaScript, `utf8` bytes); slicing the analysed text at `start..end` \
gives `text` exactly. Errors are `application/problem+json` with a machine-readable `code`.",
        license(name = "MIT OR Apache-2.0")
    ),
    components(schemas(error::Problem)),
    tags(
        (name = "analysis", description = "Article analyses."),
        (name = "operations", description = "Probes for orchestrators.")
    )
)]
struct ApiDoc;

/// Builds the application and the OpenAPI document from the same route registrations.
pub fn app(
    state: web::Data<AppState>,
) -> (
    App<
        impl ServiceFactory<
            ServiceRequest,
            Config = (),
            Response = ServiceResponse,
            Error = actix_web::Error,
            InitError = (),
        >,
    >,
    utoipa::openapi::OpenApi,
) {
    let (app, api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .app_data(state)
        .service(routes::health::healthz)
        .service(routes::health::readyz)
        .service(routes::metrics::metrics)
        .service(
            utoipa_actix_web::scope("/v1")
                .service(routes::analyze::analyze)
                .service(routes::batch::batch)
                .service(routes::summarize::summarize)
                .service(routes::hedging::hedging)
                .service(routes::sourcing::sourcing)
                .service(routes::bias::bias),
        )
        .split_for_parts();
    (app, api)
}

/// The OpenAPI document, as served at `/openapi.json` and committed under `openapi/`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut spec = app(web::Data::new(AppState::new(Default::default()))).1;
    examples::add_answers(&mut spec);
    add_security(&mut spec);
    spec
}

/// Documents the optional API keys: two schemes, and on every `/v1` operation a requirement of
/// either one or none (`{}`), since keys are only required when the operator configures them.
/// Swagger UI then shows "Authorize", so keyed deployments can be tried too.
fn add_security(spec: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::security::{
        ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
    };
    let components = spec.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .description(Some(
                    "`Authorization: Bearer KEY`, when the server has API keys (COPYDESK_API_KEYS).",
                ))
                .build(),
        ),
    );
    components.add_security_scheme(
        "api_key",
        SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
            "X-API-Key",
            "`X-API-Key: KEY`, the same keys as `bearer`.",
        ))),
    );
    let either_or_none = vec![
        SecurityRequirement::default(),
        SecurityRequirement::new("bearer", Vec::<String>::new()),
        SecurityRequirement::new("api_key", Vec::<String>::new()),
    ];
    for (path, item) in spec.paths.paths.iter_mut() {
        if path.starts_with("/v1/") {
            for op in [&mut item.post, &mut item.get].into_iter().flatten() {
                op.security = Some(either_or_none.clone());
            }
        }
    }
}

/// Adds Swagger UI, `/openapi.json` and the fallback answers to an app built by [`app`].
pub fn finish<T>(app: App<T>, api: utoipa::openapi::OpenApi) -> App<T>
where
    T: ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse,
        Error = actix_web::Error,
        InitError = (),
    >,
{
    app.service(SwaggerUi::new("/swagger-ui/{_:.*}").url("/openapi.json", api))
        .route(
            "/swagger-ui",
            web::get().to(|| async {
                HttpResponse::PermanentRedirect()
                    .insert_header(("Location", "/swagger-ui/"))
                    .finish()
            }),
        )
        .route("/", web::get().to(routes::page::index))
        .route(
            "/examples/kursk-deminers.txt",
            web::get().to(routes::page::example_article),
        )
        .default_service(web::to(routes::fallback::not_routed))
}
