namespace Aliado.Data.Search;

/// <summary>
/// The search index as each database builds it, kept current by triggers on the tables it reads, so every
/// write — a form, the API, an import's bulk insert, the trash, a cascade — updates it in the same
/// transaction. SQLite: an FTS5 table over <c>SearchEntries</c> with a tokenizer that drops accents.
/// PostgreSQL: a <c>tsvector</c> column with a GIN index, through a text search configuration that
/// drops accents with <c>unaccent</c>. A migration creates it and indexes what is already there.
/// </summary>
public static class SearchSchema
{
    public static IReadOnlyList<string> SqliteCreate()
    {
        var statements = new List<string>
        {
            """
            CREATE TABLE "SearchEntries" (
                "Rowid" INTEGER PRIMARY KEY,
                "RecordId" TEXT NOT NULL UNIQUE,
                "WorkspaceId" TEXT NOT NULL,
                "Kind" TEXT NOT NULL,
                "RelationshipId" TEXT NULL,
                "Title" TEXT NOT NULL,
                "Body" TEXT NOT NULL,
                "At" TEXT NULL,
                "Scope" TEXT NOT NULL)
            """,
            // Each workspace's entries take their row ids from a range of their own (its slot × 2^40 on), so a
            // search reads only its workspace's part of each word's list, however big the other workspaces
            // are — where matching a workspace word would walk all of that workspace's entries.
            """
            CREATE TABLE "SearchSlots" ("Slot" INTEGER PRIMARY KEY, "WorkspaceId" TEXT NOT NULL UNIQUE)
            """,
            """
            INSERT INTO "SearchSlots" ("WorkspaceId") SELECT upper("Id") FROM "Workspaces" ORDER BY "Id"
            """,
            """
            CREATE TRIGGER "SearchSlots_Workspace" AFTER INSERT ON "Workspaces" BEGIN
                INSERT OR IGNORE INTO "SearchSlots" ("WorkspaceId") VALUES (upper(new."Id"));
            END
            """,
            // Scope holds the kind as a word ("k" and its name), so one MATCH can narrow to kinds.
            """
            CREATE VIRTUAL TABLE "SearchIndex" USING fts5("Title", "Body", "Scope",
                content='SearchEntries', content_rowid='Rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')
            """,
            """
            CREATE TRIGGER "SearchEntries_Insert" AFTER INSERT ON "SearchEntries" BEGIN
                INSERT INTO "SearchIndex"(rowid, "Title", "Body", "Scope") VALUES (new."Rowid", new."Title", new."Body", new."Scope");
            END
            """,
            """
            CREATE TRIGGER "SearchEntries_Delete" AFTER DELETE ON "SearchEntries" BEGIN
                INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Body", "Scope") VALUES ('delete', old."Rowid", old."Title", old."Body", old."Scope");
            END
            """,
            """
            CREATE TRIGGER "SearchEntries_Update" AFTER UPDATE ON "SearchEntries" BEGIN
                INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Body", "Scope") VALUES ('delete', old."Rowid", old."Title", old."Body", old."Scope");
                INSERT INTO "SearchIndex"(rowid, "Title", "Body", "Scope") VALUES (new."Rowid", new."Title", new."Body", new."Scope");
            END
            """,
        };
        foreach (var source in SearchSources.All)
        {
            statements.Add($"""
                CREATE TRIGGER "Search_{source.Table}_Insert" AFTER INSERT ON "{source.Table}" BEGIN
                    {Upsert(Sqlite, source, "s.\"Id\" = new.\"Id\"")};
                END
                """);
            statements.Add($"""
                CREATE TRIGGER "Search_{source.Table}_Update" AFTER UPDATE OF {Columns(source.Watched.Append(Keeping.RecordModel.TrashId))} ON "{source.Table}" BEGIN
                    DELETE FROM "SearchEntries" WHERE "RecordId" = new."Id" AND new."TrashId" IS NOT NULL;
                    {Upsert(Sqlite, source, "s.\"Id\" = new.\"Id\"")};
                END
                """);
            statements.Add($"""
                CREATE TRIGGER "Search_{source.Table}_Delete" AFTER DELETE ON "{source.Table}" BEGIN
                    DELETE FROM "SearchEntries" WHERE "RecordId" = old."Id";
                END
                """);
            if (source.ShownIn.Count > 0)
            {
                statements.Add($"""
                    CREATE TRIGGER "Search_{source.Table}_Shown" AFTER UPDATE OF {Columns([source.Watched[0], Keeping.RecordModel.TrashId])} ON "{source.Table}" BEGIN
                        {string.Join(";\n", source.ShownIn.Select(d => Upsert(Sqlite, SearchSources.Of(d.Kind), $"s.\"{d.Column}\" = new.\"Id\"")))};
                    END
                    """);
            }
        }
        statements.AddRange(SearchSources.All.Select(s => Upsert(Sqlite, s, "1 = 1")));
        return statements;
    }

    public static IReadOnlyList<string> SqliteDrop() =>
        [.. SearchSources.All.SelectMany(s => _sqliteTriggers.Select(t => $"DROP TRIGGER IF EXISTS \"Search_{s.Table}_{t}\"")),
         "DROP TRIGGER IF EXISTS \"SearchSlots_Workspace\"",
         "DROP TABLE IF EXISTS \"SearchIndex\"", "DROP TABLE IF EXISTS \"SearchEntries\"", "DROP TABLE IF EXISTS \"SearchSlots\""];

    /// <summary>
    /// SQLite: the FTS5 rows of the current workspace's entries, the workspace id being the query's parameter
    /// <c>{0}</c>. Two constant subqueries, so FTS5 is given a row id range to read and not a filter.
    /// </summary>
    public const string SqliteInWorkspace =
        "\"SearchIndex\".rowid BETWEEN (SELECT \"Slot\" << 40 FROM \"SearchSlots\" WHERE \"WorkspaceId\" = upper({0}))"
        + " AND (SELECT ((\"Slot\" + 1) << 40) - 1 FROM \"SearchSlots\" WHERE \"WorkspaceId\" = upper({0}))";

    /// <summary>A workspace's entries take row ids from its slot × 2^40 on: 2^40 entries over its life, 2^23 workspaces.</summary>
    private const int SlotBits = 40;

    public static IReadOnlyList<string> PostgresCreate()
    {
        var statements = new List<string>
        {
            "CREATE EXTENSION IF NOT EXISTS unaccent",
            // Words lose their accents and case; numbers, e-mails and the rest are kept as written.
            "CREATE TEXT SEARCH CONFIGURATION aliado_search (COPY = simple)",
            "ALTER TEXT SEARCH CONFIGURATION aliado_search ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple",
            """
            CREATE TABLE "SearchEntries" (
                "RecordId" uuid PRIMARY KEY,
                "WorkspaceId" uuid NOT NULL,
                "Kind" varchar(16) NOT NULL,
                "RelationshipId" uuid NULL,
                "Title" text NOT NULL,
                "Body" text NOT NULL,
                "At" timestamp with time zone NULL,
                "Document" tsvector NOT NULL)
            """,
            "CREATE INDEX \"IX_SearchEntries_Document\" ON \"SearchEntries\" USING gin (\"Document\")",
            "CREATE INDEX \"IX_SearchEntries_WorkspaceId_Kind\" ON \"SearchEntries\" (\"WorkspaceId\", \"Kind\")",
        };
        foreach (var source in SearchSources.All)
        {
            var function = $"search_{source.Table.ToLowerInvariant()}";
            var shown = source.ShownIn.Count == 0 ? string.Empty : $"""
                IF TG_OP = 'UPDATE' AND (NEW."{source.Watched[0]}" IS DISTINCT FROM OLD."{source.Watched[0]}" OR NEW."TrashId" IS DISTINCT FROM OLD."TrashId") THEN
                    {string.Join(";\n", source.ShownIn.Select(d => Upsert(Postgres, SearchSources.Of(d.Kind), $"s.\"{d.Column}\" = NEW.\"Id\"")))};
                END IF;
                """;
            statements.Add($"""
                CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    IF TG_OP = 'INSERT' AND current_setting('{PostgresIndexLater}', true) = 'on' THEN
                        RETURN NULL;
                    END IF;
                    IF TG_OP = 'DELETE' THEN
                        DELETE FROM "SearchEntries" WHERE "RecordId" = OLD."Id";
                        RETURN NULL;
                    END IF;
                    IF NEW."TrashId" IS NOT NULL THEN
                        DELETE FROM "SearchEntries" WHERE "RecordId" = NEW."Id";
                    END IF;
                    {Upsert(Postgres, source, "s.\"Id\" = NEW.\"Id\"")};
                    {shown}
                    RETURN NULL;
                END
                $body$
                """);
            statements.Add($"""
                CREATE TRIGGER {function} AFTER INSERT OR DELETE OR UPDATE OF {Columns(source.Watched.Append(Keeping.RecordModel.TrashId))}
                ON "{source.Table}" FOR EACH ROW EXECUTE FUNCTION {function}()
                """);
        }
        statements.AddRange(SearchSources.All.Select(s => Upsert(Postgres, s, "TRUE")));
        return statements;
    }

    public static IReadOnlyList<string> PostgresDrop() =>
        [.. SearchSources.All.SelectMany(s => new[]
            {
                $"DROP TRIGGER IF EXISTS search_{s.Table.ToLowerInvariant()} ON \"{s.Table}\"",
                $"DROP FUNCTION IF EXISTS search_{s.Table.ToLowerInvariant()}()",
            }),
         "DROP TABLE IF EXISTS \"SearchEntries\"", "DROP TEXT SEARCH CONFIGURATION IF EXISTS aliado_search"];

    /// <summary>
    /// PostgreSQL: while this setting is "on" in a transaction, inserted rows are not indexed one by one; a
    /// bulk write sets it, and indexes what it wrote in one statement (<see cref="PostgresIndexRows"/>).
    /// </summary>
    public const string PostgresIndexLater = "aliado.search_index_later";

    /// <summary>PostgreSQL: indexes the rows of <paramref name="table"/> whose ids are the uuid array parameter <c>{0}</c>; null for a table the search does not read.</summary>
    public static string? PostgresIndexRows(string table) =>
        SearchSources.All.FirstOrDefault(s => s.Table == table) is { } source ? Upsert(Postgres, source, "s.\"Id\" = ANY({0})") : null;

    private static readonly string[] _sqliteTriggers = ["Insert", "Update", "Delete", "Shown"];

    private const bool Sqlite = true;
    private const bool Postgres = false;

    /// <summary>Writes the entries of <paramref name="source"/>'s rows that <paramref name="where"/> picks (and are not in the trash).</summary>
    private static string Upsert(bool sqlite, SearchSource source, string where)
    {
        var body = source.Body.Replace(SearchSources.EmailsPlaceholder, sqlite
            ? "COALESCE((SELECT group_concat(json_extract(e.value, '$.value'), ' ') FROM json_each(s.\"Emails\") e), '')"
            : "COALESCE((SELECT string_agg(e->>'value', ' ') FROM json_array_elements(s.\"Emails\"::json) e), '')", StringComparison.Ordinal);
        var title = $"COALESCE({source.Title}, '')";
        if (sqlite)
        {
            // A new entry takes the next row id in its workspace's range (the SELECT is read whole before
            // anything is written, so the row numbers keep several new entries apart); an entry that is
            // already there keeps its row id.
            return $"""
                INSERT INTO "SearchEntries" ("Rowid", "RecordId", "WorkspaceId", "Kind", "RelationshipId", "Title", "Body", "At", "Scope")
                SELECT COALESCE((SELECT max(x."Rowid") FROM "SearchEntries" x
                            WHERE x."Rowid" BETWEEN sl."Slot" << {SlotBits} AND ((sl."Slot" + 1) << {SlotBits}) - 1), sl."Slot" << {SlotBits})
                        + row_number() OVER (PARTITION BY sl."Slot"),
                    s."Id", s."WorkspaceId", '{source.Kind}', {source.RelationshipId}, {title}, {body}, {source.At},
                    'k{source.Kind}'
                FROM {source.From} JOIN "SearchSlots" sl ON sl."WorkspaceId" = upper(s."WorkspaceId")
                WHERE s."TrashId" IS NULL AND {where}
                ON CONFLICT ("RecordId") DO UPDATE SET "Title" = excluded."Title", "Body" = excluded."Body",
                    "RelationshipId" = excluded."RelationshipId", "At" = excluded."At"
                """;
        }
        return $"""
                INSERT INTO "SearchEntries" ("RecordId", "WorkspaceId", "Kind", "RelationshipId", "Title", "Body", "At", "Document")
                SELECT x.id, x.workspace, '{source.Kind}', x.relationship, x.title, x.body, x.at,
                    setweight(to_tsvector('aliado_search', regexp_replace(x.title, '[@.]', ' ', 'g')), 'A')
                    || setweight(to_tsvector('aliado_search', regexp_replace(x.body, '[@.]', ' ', 'g')), 'B')
                FROM (SELECT s."Id" AS id, s."WorkspaceId" AS workspace, {source.RelationshipId}::uuid AS relationship,
                        {title} AS title, {body} AS body, {source.At}::timestamp with time zone AS at
                      FROM {source.From} WHERE s."TrashId" IS NULL AND {where}) x
                ON CONFLICT ("RecordId") DO UPDATE SET "Title" = excluded."Title", "Body" = excluded."Body",
                    "RelationshipId" = excluded."RelationshipId", "At" = excluded."At", "Document" = excluded."Document"
            """;
    }

    private static string Columns(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));
}
