//! `korpu token create|list|revoke`: access tokens for a server that is not on a
//! loopback address.

use std::io::Write;
use std::process::ExitCode;

use clap::Subcommand;
use serde::Serialize;

use super::Ctx;
use crate::model::now_rfc3339;
use crate::server::auth::{new_token, token_hash, Role};
use crate::store::{check_token_name, TokenRecord};

/// `korpu token …`.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token; it is shown once, and only its hash is stored.
    Create {
        /// The name writes made with the token are recorded under.
        name: String,
        /// What the token may do: pipeline (read catalogs and editions), translator
        /// (translate, labels, memory search), editor (everything).
        #[arg(long, value_parser = parse_role)]
        role: Role,
    },
    /// List the tokens (names, roles, dates; never the tokens themselves).
    List,
    /// Revoke a token: it stops working at once, also on a running server.
    Revoke {
        /// The token's name.
        name: String,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse()
}

#[derive(Serialize)]
struct Created<'a> {
    name: &'a str,
    role: &'a str,
    token: &'a str,
    created: &'a str,
}

#[derive(Serialize)]
struct Listed<'a> {
    name: &'a str,
    role: &'a str,
    created: &'a str,
    revoked: Option<&'a str>,
    active: bool,
}

/// Runs a token command.
pub fn run(ctx: &Ctx, cmd: TokenCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        TokenCommand::Create { name, role } => create(ctx, &name, role),
        TokenCommand::List => list(ctx),
        TokenCommand::Revoke { name } => revoke(ctx, &name),
    }
}

fn create(ctx: &Ctx, name: &str, role: Role) -> anyhow::Result<ExitCode> {
    check_token_name(name).map_err(|e| anyhow::anyhow!("{e}; nothing was written"))?;
    let token = new_token()
        .map_err(|e| anyhow::anyhow!("cannot read /dev/urandom: {e}; nothing was written"))?;
    let record = TokenRecord {
        name: name.to_string(),
        role: role.as_str().to_string(),
        hash: token_hash(&token),
        created: now_rfc3339(),
        revoked: None,
    };
    let store = ctx.open_store()?;
    store.create_token(&record)?;
    drop(store);
    if ctx.out.json {
        ctx.out.json(&Created {
            name,
            role: role.as_str(),
            token: &token,
            created: &record.created,
        })?;
    } else {
        println!("{token}");
        ctx.out.info(format!(
            "created token \"{name}\" ({} role); this is the only time it is shown: keep it \
             now, send it as \"Authorization: Bearer TOKEN\"",
            role.as_str()
        ));
    }
    Ok(ExitCode::SUCCESS)
}

fn list(ctx: &Ctx) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    let tokens = store.tokens()?;
    drop(store);
    let items: Vec<Listed> = tokens
        .iter()
        .map(|t| Listed {
            name: &t.name,
            role: &t.role,
            created: &t.created,
            revoked: t.revoked.as_deref(),
            active: t.is_active(),
        })
        .collect();
    if ctx.out.json {
        ctx.out.json(&items)?;
        return Ok(ExitCode::SUCCESS);
    }
    if items.is_empty() {
        ctx.out
            .info("no tokens yet: create one with `korpu token create NAME --role ROLE`");
        return Ok(ExitCode::SUCCESS);
    }
    let width = items
        .iter()
        .map(|i| i.name.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{:width$}  {:10}  {:20}  STATE",
        "NAME", "ROLE", "CREATED"
    )?;
    for i in &items {
        let state = match i.revoked {
            Some(time) => format!("revoked {time}"),
            None => "active".to_string(),
        };
        writeln!(
            out,
            "{:width$}  {:10}  {:20}  {state}",
            i.name, i.role, i.created
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn revoke(ctx: &Ctx, name: &str) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    let changed = store.revoke_token(name, &now_rfc3339())?;
    drop(store);
    if ctx.out.json {
        ctx.out
            .json(&serde_json::json!({ "name": name, "revoked": changed }))?;
    } else if changed {
        ctx.out.info(format!("revoked token \"{name}\""));
    } else {
        ctx.out
            .info(format!("token \"{name}\" was revoked already"));
    }
    Ok(ExitCode::SUCCESS)
}
