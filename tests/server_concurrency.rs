//! Concurrent writers through the API: no update is lost, and exactly the stale
//! writes get 409.

use axum::http::StatusCode;
use serde_json::json;

use crate::server_api::Api;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_clients_lose_no_update_and_only_stale_writes_conflict() {
    let api = std::sync::Arc::new(Api::new());
    let text: String = (1..=8)
        .map(|i| format!("Sentence number {i} stands in a paragraph of its own.\n\n"))
        .collect();
    let (status, _) = api.post("/api/articles?id=busy&lang=en", text).await;
    assert_eq!(status, StatusCode::CREATED);

    // Eight clients, eight different segments, at once: every write lands.
    let mut tasks = Vec::new();
    for i in 1..=8 {
        let api = api.clone();
        tasks.push(tokio::spawn(async move {
            api.put_json(
                &format!("/api/articles/busy/segments/{i}/az"),
                json!({"text": format!("Cümlə {i}."), "revision": 0}),
            )
            .await
        }));
    }
    for t in tasks {
        let (status, body) = t.await.expect("as the test expects");
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let (_, shown) = api.get("/api/articles/busy?lang=az").await;
    for (i, s) in shown["segments"]
        .as_array()
        .expect("as the test expects")
        .iter()
        .enumerate()
    {
        assert_eq!(s["translation"]["text"], json!(format!("Cümlə {}.", i + 1)));
        assert_eq!(s["translation"]["revision"], json!(1));
    }

    // Then all eight at the same segment, each based on the revision it read: one
    // wins each round, the seven others get 409 with the winner's text.
    for round in 1..=5u64 {
        let mut tasks = Vec::new();
        for client in 1..=8 {
            let api = api.clone();
            tasks.push(tokio::spawn(async move {
                let text = format!("Round {round}, client {client}.");
                let got = api
                    .put_json(
                        "/api/articles/busy/segments/1/az",
                        json!({"text": text, "revision": round}),
                    )
                    .await;
                (text, got)
            }));
        }
        let mut winners = Vec::new();
        let mut conflicts = Vec::new();
        for t in tasks {
            let (text, (status, body)) = t.await.expect("as the test expects");
            match status {
                StatusCode::OK => {
                    assert_eq!(body["translation"]["revision"], json!(round + 1));
                    winners.push(text);
                }
                StatusCode::CONFLICT => conflicts.push(body),
                other => panic!("unexpected {other}: {body}"),
            }
        }
        assert_eq!(winners.len(), 1, "round {round}: {winners:?}");
        assert_eq!(conflicts.len(), 7);
        for c in &conflicts {
            assert_eq!(c["error"]["current_revision"], json!(round + 1));
            assert_eq!(c["error"]["current_text"], json!(winners[0]));
        }
        let (_, shown) = api.get("/api/articles/busy?lang=az").await;
        assert_eq!(
            shown["segments"][0]["translation"]["text"],
            json!(winners[0])
        );
        assert_eq!(
            shown["segments"][0]["translation"]["revision"],
            json!(round + 1)
        );
    }
    // The other segments were not touched by the contention.
    let (_, shown) = api.get("/api/articles/busy?lang=az").await;
    assert_eq!(
        shown["segments"][7]["translation"]["text"],
        json!("Cümlə 8.")
    );
}
