//! Everything as one JSON file: every table's rows (the full-text indexes aside: they are
//! rebuilt from the rows), column by column, in a fixed order, so exporting, importing into a
//! new journal and exporting again gives the same bytes. Import takes a file of this format
//! into an empty journal in one transaction, or changes nothing.

use std::collections::BTreeMap;

use rusqlite::types::{Value as Sql, ValueRef};
use rusqlite::Connection;
use serde_json::{Map, Number, Value};

use crate::error::{Error, Result};
use crate::store::Store;

/// What the file says it is.
pub const FORMAT: &str = "waypoint-export";
pub const VERSION: u32 = 1;
/// The largest export file read back (a ten-year journal is far below it).
pub const MAX_BYTES: u64 = 1 << 30;

/// The tables that hold data: not SQLite's, not virtual (full-text) tables, not their shadows.
fn tables(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    let all: Vec<(String, String)> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, Option<String>>(1)?.unwrap_or_default(),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let virtuals: Vec<&str> = all
        .iter()
        .filter(|(_, sql)| sql.to_uppercase().starts_with("CREATE VIRTUAL TABLE"))
        .map(|(n, _)| n.as_str())
        .collect();
    Ok(all
        .iter()
        .filter(|(n, _)| {
            !virtuals
                .iter()
                .any(|v| n == v || n.starts_with(&format!("{v}_")))
        })
        .map(|(n, _)| n.clone())
        .collect())
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
    ))?;
    let cols = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(cols)
}

fn to_json(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
        // No data table holds bytes; should one, it is kept as hex.
        ValueRef::Blob(b) => {
            let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
            serde_json::json!({ "blob": hex })
        }
    }
}

fn to_sql(v: &Value, table: &str, column: &str) -> Result<Sql> {
    Ok(match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Sql::Text(s.clone()),
        Value::Object(o) if o.len() == 1 && o.get("blob").and_then(Value::as_str).is_some() => {
            let hex = o["blob"].as_str().unwrap_or_default();
            let bytes: Option<Vec<u8>> = (0..hex.len())
                .step_by(2)
                .map(|i| {
                    hex.get(i..i + 2)
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                })
                .collect();
            Sql::Blob(
                bytes.ok_or_else(|| {
                    bad(&format!("{table}.{column} holds bytes that are not hex"))
                })?,
            )
        }
        _ => {
            return Err(bad(&format!(
                "{table}.{column} holds a value that is not a number, text or null"
            )))
        }
    })
}

fn bad(why: &str) -> Error {
    Error::invalid(format!("This is not a Waypoint export that can be imported: {why}. Export it again from Waypoint, or choose the right file."))
}

impl Store {
    /// Everything in the journal as the export file's JSON text.
    pub fn export_json(&self) -> Result<String> {
        let conn = self.conn();
        let mut out: BTreeMap<String, Value> = BTreeMap::new();
        for table in tables(conn)? {
            let cols = columns(conn, &table)?;
            let order: Vec<String> = (1..=cols.len()).map(|i| i.to_string()).collect();
            let mut stmt = conn.prepare(&format!(
                "SELECT * FROM \"{table}\" ORDER BY {}",
                order.join(", ")
            ))?;
            let mut rows = stmt.query([])?;
            let mut list = Vec::new();
            while let Some(r) = rows.next()? {
                let mut row = Map::new();
                for (i, c) in cols.iter().enumerate() {
                    row.insert(c.clone(), to_json(r.get_ref(i)?));
                }
                list.push(Value::Object(row));
            }
            out.insert(table, Value::Array(list));
        }
        let file = serde_json::json!({
            "format": FORMAT,
            "version": VERSION,
            "schema": self.schema_version()?,
            "tables": out,
        });
        serde_json::to_string_pretty(&file)
            .map_err(|e| Error::storage(format!("The export could not be written: {e}")))
    }

    /// Takes an export file's text into this journal, which must be empty (a new data folder):
    /// every table is replaced by the file's rows, in one transaction; on any problem nothing
    /// changes.
    pub fn import_json(&mut self, text: &str) -> Result<()> {
        let file: Value =
            serde_json::from_str(text).map_err(|e| bad(&format!("it is not JSON ({e})")))?;
        if file["format"] != FORMAT {
            return Err(bad(
                "it does not say it is one (\"format\": \"waypoint-export\")",
            ));
        }
        if file["version"].as_u64() != Some(u64::from(VERSION)) {
            return Err(bad(&format!(
                "its version is {}, this Waypoint reads version {VERSION}",
                file["version"]
            )));
        }
        let schema = self.schema_version()?;
        if file["schema"].as_i64() != Some(schema) {
            return Err(bad(&format!(
                "it was made by a Waypoint with schema {} and this one has {schema}; import it into that version, or export again",
                file["schema"]
            )));
        }
        let tables_in = file["tables"]
            .as_object()
            .ok_or_else(|| bad("it has no tables"))?;
        let used: i64 = self.conn().query_row(
            "SELECT (SELECT COUNT(*) FROM entries) + (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM plans) + (SELECT COUNT(*) FROM checkins)",
            [],
            |r| r.get(0),
        )?;
        if used > 0 {
            return Err(Error::invalid(
                "An export is imported into an empty journal only, so nothing is mixed or lost: start Waypoint with a new data folder (--data-dir) and import there.",
            ));
        }
        let tx = self.conn_mut().transaction()?;
        // Rows may refer to rows of tables imported after them: checked at the commit.
        tx.pragma_update(None, "defer_foreign_keys", "ON")?;
        let names = tables(&tx)?;
        if let Some(unknown) = tables_in.keys().find(|k| !names.contains(k)) {
            return Err(bad(&format!(
                "it has a table \"{unknown}\" this Waypoint does not know"
            )));
        }
        for table in &names {
            tx.execute(&format!("DELETE FROM \"{table}\""), [])?;
        }
        for table in &names {
            let cols = columns(&tx, table)?;
            let Some(rows) = tables_in.get(table) else {
                continue;
            };
            let rows = rows
                .as_array()
                .ok_or_else(|| bad(&format!("{table} is not a list of rows")))?;
            let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
            let quoted: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
            let mut stmt = tx.prepare(&format!(
                "INSERT INTO \"{table}\" ({}) VALUES ({})",
                quoted.join(", "),
                marks.join(", ")
            ))?;
            for row in rows {
                let row = row
                    .as_object()
                    .ok_or_else(|| bad(&format!("a row of {table} is not an object")))?;
                if let Some(extra) = row.keys().find(|k| !cols.contains(k)) {
                    return Err(bad(&format!(
                        "{table} has a column \"{extra}\" this Waypoint does not know"
                    )));
                }
                let values = cols
                    .iter()
                    .map(|c| to_sql(row.get(c).unwrap_or(&Value::Null), table, c))
                    .collect::<Result<Vec<Sql>>>()?;
                stmt.execute(rusqlite::params_from_iter(values))
                    .map_err(|e| bad(&format!("a row of {table} was refused ({e})")))?;
            }
        }
        tx.commit()
            .map_err(|e| bad(&format!("its rows do not fit together ({e})")))?;
        Ok(())
    }
}
