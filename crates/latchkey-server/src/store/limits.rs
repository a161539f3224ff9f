//! Rate-limit counters shared by every instance.

use super::*;

impl Store {
    /// [`Store::rate_hit`] on several distinct keys with the same window, in one statement; the
    /// results are in the order of `keys`.
    pub async fn rate_hits(&self, keys: &[String], now_ms: i64, window_ms: i64) -> StoreResult<Vec<(i64, i64)>> {
        let values: Vec<String> = (0..keys.len()).map(|i| format!("(${}, $1, 1)", i + 3)).collect();
        let sql = format!(
            "INSERT INTO rate_counters (key, window_start, count) VALUES {} \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_counters.window_start <= $2 THEN 1 ELSE rate_counters.count + 1 END, \
               window_start = CASE WHEN rate_counters.window_start <= $2 THEN $1 ELSE rate_counters.window_start END \
             RETURNING key, count, window_start",
            values.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now_ms)
            .bind(now_ms - window_ms);
        for k in keys {
            q = q.bind(k);
        }
        let rows = q.fetch_all(&mut *self.conn().await?).await?;
        keys.iter()
            .map(|k| {
                rows.iter()
                    .find(|r| r.get::<String, _>(0) == *k)
                    .map(|r| (r.get(1), r.get(2)))
                    .ok_or_else(|| StoreError::Corrupt(format!("no count for {k}")))
            })
            .collect()
    }

    /// Counts one hit in a fixed window atomically (one statement, safe across instances) and
    /// returns `(count_in_window, window_start_ms)`.
    pub async fn rate_hit(&self, key: &str, now_ms: i64, window_ms: i64) -> StoreResult<(i64, i64)> {
        let row = sqlx::query(
            "INSERT INTO rate_counters (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_counters.window_start <= $3 THEN 1 ELSE rate_counters.count + 1 END, \
               window_start = CASE WHEN rate_counters.window_start <= $3 THEN $2 ELSE rate_counters.window_start END \
             RETURNING count, window_start",
        )
        .bind(key)
        .bind(now_ms)
        .bind(now_ms - window_ms)
        .fetch_one(&mut *self.conn().await?)
        .await?;
        Ok((row.get(0), row.get(1)))
    }

    /// Takes back one hit of `rate_hit`, if the window it counted in is still the current one.
    pub async fn rate_refund(&self, key: &str, window_start: i64) -> StoreResult<()> {
        sqlx::query("UPDATE rate_counters SET count = count - 1 WHERE key = $1 AND window_start = $2 AND count > 0")
            .bind(key)
            .bind(window_start)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(())
    }
}
