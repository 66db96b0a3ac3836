mod analyze;
mod errors;
mod health;
mod helpers;
mod openapi;
mod spans;
mod summarize;
