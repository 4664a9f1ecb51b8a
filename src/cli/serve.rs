//! `korpu serve`: the JSON API (and the routes of the other server modules) on one
//! address, owning the store until Ctrl-C or SIGTERM.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::Args;

use super::{author, Ctx};
use crate::server::{self, demo, AppState};

/// Arguments of `korpu serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (port 0 picks a free port; the first line on stdout
    /// names the one bound). On an address other than loopback every request needs a
    /// token, and the server refuses to start until one exists.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "IP:PORT")]
    addr: SocketAddr,
    /// Seed an empty store with the sample articles, memory and labels first.
    #[arg(long)]
    demo: bool,
}

/// Runs the server until Ctrl-C or SIGTERM; the store is flushed and closed when it
/// returns.
pub fn run(ctx: &Ctx, a: ServeArgs) -> anyhow::Result<ExitCode> {
    let loopback = a.addr.ip().is_loopback();
    let store = ctx.open_store()?;
    if !loopback && store.token_count()? == 0 {
        bail!(
            "{} is not a loopback address: requests from other machines need tokens, and the store has none; create one with `korpu token create NAME --role editor`, or listen on 127.0.0.1",
            a.addr
        );
    }
    if a.demo {
        if demo::is_empty(&store).map_err(|e| anyhow::anyhow!(e.message))? {
            let seeded = demo::seed(&store, &author(None))
                .map_err(|e| anyhow::anyhow!("cannot seed the demo: {}", e.message))?;
            ctx.out.info(format!(
                "demo: {} articles ({} translated segments), {} memory units, {} labels",
                seeded.articles, seeded.aligned, seeded.units, seeded.labels
            ));
        } else {
            ctx.out.info(
                "demo: the store is not empty, so nothing was added (--demo seeds an empty store only)",
            );
        }
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    let state = AppState::new(store, !loopback);
    let dir = state.dir().display().to_string();
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(a.addr)
            .await
            .with_context(|| format!("cannot listen on {}", a.addr))?;
        let bound = listener.local_addr()?;
        // Commands run on this store from now on go through this server.
        server::forward::announce(state.dir(), bound)
            .with_context(|| format!("cannot write the server's address into {dir}"))?;
        {
            // The first line is for scripts and tests that asked for port 0.
            let mut out = std::io::stdout().lock();
            writeln!(out, "listening on http://{bound}")?;
            out.flush()?;
        }
        ctx.out.info(format!(
            "korpu serve: store {dir}; the API is described at http://{bound}/api/openapi.json; Ctrl-C stops"
        ));
        let store_dir = state.dir().to_path_buf();
        let router = server::build_router(state);
        let served = server::serve(listener, router, server::shutdown_signal())
            .await
            .context("the server failed");
        server::forward::withdraw(&store_dir);
        served?;
        anyhow::Ok(())
    })?;
    // Handlers still finishing blocking store work hold the store until they return.
    runtime.shutdown_timeout(std::time::Duration::from_secs(30));
    ctx.out.info("korpu serve: stopped; the store is closed");
    Ok(ExitCode::SUCCESS)
}
