//! Fails when the committed OpenAPI document differs from the one the code generates.
//! `UPDATE_OPENAPI=1 cargo test --test openapi` rewrites `openapi/openapi.json`.

use serde_json::Value;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json");

#[test]
fn committed_openapi_matches_the_code() {
    let generated = copydesk::api::openapi()
        .to_pretty_json()
        .expect("serializes")
        + "\n";
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(PATH, &generated).expect("write openapi/openapi.json");
    }
    let committed = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        committed == generated,
        "openapi/openapi.json is out of date: run `UPDATE_OPENAPI=1 cargo test --test openapi` and commit it"
    );
}

/// Every property of every schema has a description, so Swagger UI documents every field.
#[test]
fn every_field_is_described() {
    let doc: Value = serde_json::from_str(&copydesk::api::openapi().to_json().unwrap()).unwrap();
    let mut missing = Vec::new();
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        if let Some(props) = schema["properties"].as_object() {
            for (field, prop) in props {
                let described = prop.get("description").is_some()
                    || prop.get("$ref").is_some() && schema_has_description(&doc, prop)
                    || prop["oneOf"]
                        .as_array()
                        .is_some_and(|alts| alts.iter().any(|a| schema_has_description(&doc, a)));
                if !described {
                    missing.push(format!("{name}.{field}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "fields without description: {missing:?}"
    );
}

fn schema_has_description(doc: &Value, prop: &Value) -> bool {
    let Some(r) = prop.get("$ref").and_then(Value::as_str) else {
        return false;
    };
    let name = r.rsplit('/').next().unwrap();
    doc["components"]["schemas"][name]
        .get("description")
        .is_some()
}

/// Every documented answer carries an example or a schema with examples; error answers an example per code.
#[test]
fn every_error_status_has_an_example() {
    let doc: Value = serde_json::from_str(&copydesk::api::openapi().to_json().unwrap()).unwrap();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            for (status, res) in op["responses"].as_object().unwrap() {
                if status.starts_with('2') {
                    continue;
                }
                let content = &res["content"]["application/problem+json"];
                assert!(
                    content.get("example").is_some() || content.get("examples").is_some(),
                    "{method} {path} {status} has no example"
                );
            }
        }
    }
}

/// API keys are documented as optional on every analysis operation (none, bearer or X-API-Key),
/// so Swagger UI offers "Authorize" and unkeyed deployments stay callable as documented.
#[test]
fn analysis_operations_document_optional_api_keys() {
    let doc: Value = serde_json::to_value(copydesk::api::openapi()).unwrap();
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    assert_eq!(schemes["api_key"]["name"], "X-API-Key");
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let security = op.get("security");
            if path.starts_with("/v1/") {
                let security =
                    security.unwrap_or_else(|| panic!("{method} {path} has no security"));
                assert_eq!(
                    security,
                    &serde_json::json!([{}, {"bearer": []}, {"api_key": []}]),
                    "{path}"
                );
            } else {
                assert!(security.is_none(), "{method} {path} is open");
            }
        }
    }
}
