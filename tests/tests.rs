//! Integration tests: one binary, one module per area. They run the built `korpu`
//! binary against temporary stores.

mod harness;

mod article_xliff;
mod articles;
mod backup;
mod bad_input;
mod browser;
mod check;
mod currency;
mod edition;
mod labels;
mod reliability;
mod segment;
mod segments;
mod server_access;
mod server_api;
mod server_concurrency;
mod tm_cli;
mod tmx;
