using Aliado.Core;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Search;

/// <summary>A record a search found, best first; <see cref="Title"/> and <see cref="Body"/> are its indexed text.</summary>
public sealed record SearchHit(Guid RecordId, string Kind, Guid? RelationshipId, string Title, string Body, DateTime? At);

/// <summary>The best hits, and how many records of each kind match in all.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, int> CountByKind)
{
    public int Total => CountByKind.Values.Sum();
}

/// <summary>
/// Asks the current workspace's search index: two statements whatever the workspace holds, one for the
/// ranked hits and one for the counts per kind. Titles count more than the rest of the text.
/// </summary>
public static class SearchIndex
{
    public static IReadOnlyList<string> Kinds => SearchSources.Kinds;

    public static async Task<SearchResult> FindAsync(AliadoDbContext db, SearchQuery query, IReadOnlyCollection<string> kinds, int limit, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return new SearchResult([], new Dictionary<string, int>());
        }
        var workspaceId = db.CurrentWorkspaceId ?? throw new InvalidOperationException("Searching needs a workspace.");
        var wanted = kinds.Count == 0 ? SearchSources.Kinds.ToArray() : SearchSources.Kinds.Where(kinds.Contains).ToArray();
        if (db.Database.IsSqlite())
        {
            var match = SqliteMatch(workspaceId, query, wanted);
            var rows = await db.Database.SqlQuery<HitRow>($"""
                SELECT e."RecordId", e."Kind", e."RelationshipId", e."Title", e."Body", e."At"
                FROM "SearchIndex" JOIN "SearchEntries" e ON e."Rowid" = "SearchIndex".rowid
                WHERE "SearchIndex" MATCH {match}
                ORDER BY bm25("SearchIndex", 8.0, 1.0, 0.0), e."Title"
                LIMIT {limit}
                """).ToListAsync(cancellationToken);
            var counts = await db.Database.SqlQuery<CountRow>($"""
                SELECT e."Kind", count(*) AS "Count"
                FROM "SearchIndex" JOIN "SearchEntries" e ON e."Rowid" = "SearchIndex".rowid
                WHERE "SearchIndex" MATCH {match}
                GROUP BY e."Kind"
                """).ToListAsync(cancellationToken);
            return Result(rows, counts);
        }
        var terms = PostgresQuery(query);
        var postgresRows = await db.Database.SqlQuery<HitRow>($"""
            SELECT "RecordId", "Kind", "RelationshipId", "Title", "Body", "At"
            FROM "SearchEntries"
            WHERE "WorkspaceId" = {workspaceId} AND "Kind" = ANY({wanted}) AND "Document" @@ to_tsquery('aliado_search', {terms})
            ORDER BY ts_rank("Document", to_tsquery('aliado_search', {terms})) DESC, "Title"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
        var postgresCounts = await db.Database.SqlQuery<CountRow>($"""
            SELECT "Kind", count(*) AS "Count"
            FROM "SearchEntries"
            WHERE "WorkspaceId" = {workspaceId} AND "Kind" = ANY({wanted}) AND "Document" @@ to_tsquery('aliado_search', {terms})
            GROUP BY "Kind"
            """).ToListAsync(cancellationToken);
        return Result(postgresRows, postgresCounts);
    }

    private static SearchResult Result(List<HitRow> rows, List<CountRow> counts) => new(
        rows.Select(r => new SearchHit(r.RecordId, r.Kind, r.RelationshipId, r.Title, r.Body, r.At is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null)).ToList(),
        counts.ToDictionary(c => c.Kind, c => (int)c.Count));

    private sealed class HitRow
    {
        public Guid RecordId { get; init; }
        public string Kind { get; init; } = string.Empty;
        public Guid? RelationshipId { get; init; }
        public string Title { get; init; } = string.Empty;
        public string Body { get; init; } = string.Empty;
        public DateTime? At { get; init; }
    }

    private sealed class CountRow
    {
        public string Kind { get; init; } = string.Empty;
        public long Count { get; init; }
    }

    /// <summary>FTS5's query language: the workspace and kinds as words of the Scope column, then every term as a prefix of a word in the text.</summary>
    private static string SqliteMatch(Guid workspaceId, SearchQuery query, IReadOnlyList<string> kinds) =>
        $"\"Scope\" : w{workspaceId:N} AND \"Scope\" : ({string.Join(" OR ", kinds.Select(k => "k" + k))}) AND {{\"Title\" \"Body\"}} : ({string.Join(" AND ", query.Terms.Select(t => $"\"{t}\"*"))})";

    /// <summary>Every term as a prefix (<c>gar:*</c>), all required; terms are letters and digits only.</summary>
    private static string PostgresQuery(SearchQuery query) => string.Join(" & ", query.Terms.Select(t => t + ":*"));
}
