using Aliado.Core;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Search;

/// <summary>A record a search found, best first; <see cref="Title"/> and <see cref="Body"/> are its indexed text.</summary>
public sealed record SearchHit(Guid RecordId, string Kind, Guid? RelationshipId, string Title, string Body, DateTime? At);

/// <summary>
/// The best hits and how many records of each kind match. When more than <see cref="SearchIndex.RankedAtMost"/>
/// match, <see cref="Exact"/> is false, the counts stop there and <see cref="Total"/> says "at least".
/// </summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, int> CountByKind, bool Exact = true)
{
    public int Total => CountByKind.Values.Sum();
}

/// <summary>
/// Asks the current workspace's search index, in two or three statements whatever it holds: how many
/// match (counted up to <see cref="RankedAtMost"/> and one more), then the hits. Up to that many are ranked
/// by relevance, titles weighing more; a broader query ("ma" in 100,000 people) lists matching titles
/// first, newest first — ranking tens of thousands of matches costs more than a keystroke allows, and
/// the user narrows by typing on.
/// </summary>
public static class SearchIndex
{
    public const int RankedAtMost = 1000;

    public static IReadOnlyList<string> Kinds => SearchSources.Kinds;

    public static async Task<SearchResult> FindAsync(AliadoDbContext db, SearchQuery query, IReadOnlyCollection<string> kinds, int limit, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return new SearchResult([], new Dictionary<string, int>());
        }
        var workspaceId = db.CurrentWorkspaceId ?? throw new InvalidOperationException("Searching needs a workspace.");
        var wanted = kinds.Count == 0 ? SearchSources.Kinds.ToArray() : SearchSources.Kinds.Where(kinds.Contains).ToArray();
        var sqlite = db.Database.IsSqlite();
        var counts = sqlite ? await SqliteCountsAsync(db, workspaceId, query, wanted, cancellationToken) : await PostgresCountsAsync(db, workspaceId, query, wanted, cancellationToken);
        var exact = counts.Sum(c => c.Count) <= RankedAtMost;
        var countByKind = counts.ToDictionary(c => c.Kind, c => (int)c.Count);
        if (exact)
        {
            var ranked = sqlite ? await SqliteRankedAsync(db, workspaceId, query, wanted, limit, cancellationToken) : await PostgresRankedAsync(db, workspaceId, query, wanted, limit, cancellationToken);
            return new SearchResult(Hits(ranked), countByKind);
        }
        var rows = new List<HitRow>();
        // PostgreSQL checks a title-only match against each row, so there the newest matches come in one pass.
        foreach (var titlesOnly in sqlite ? [true, false] : new[] { false })
        {
            rows.AddRange(sqlite
                ? await SqliteNewestAsync(db, workspaceId, query, wanted, titlesOnly, limit, cancellationToken)
                : await PostgresNewestAsync(db, workspaceId, query, wanted, titlesOnly, limit, cancellationToken));
            rows = [.. rows.DistinctBy(r => r.RecordId).Take(limit)];
            if (rows.Count >= limit)
            {
                break;
            }
        }
        return new SearchResult(Hits(rows), countByKind, Exact: false);
    }

    /// <summary>
    /// The ids of the current workspace's records of one kind that match every term as a word prefix,
    /// for a list that filters, counts and orders them itself (the people list).
    /// </summary>
    public static IQueryable<Guid> Matching(AliadoDbContext db, SearchQuery query, string kind)
    {
        var workspaceId = db.CurrentWorkspaceId ?? throw new InvalidOperationException("Searching needs a workspace.");
        return db.Database.IsSqlite()
            ? db.Database.SqlQueryRaw<Guid>($$"""
                SELECT e."RecordId" AS "Value"
                FROM "SearchIndex" JOIN "SearchEntries" e ON e."Rowid" = "SearchIndex".rowid
                WHERE "SearchIndex" MATCH {1} AND {{InWorkspace}} AND e."WorkspaceId" = upper({0})
                """, workspaceId.ToString(), SqliteMatch(query, [kind]))
            : db.Database.SqlQuery<Guid>($"""
                SELECT "RecordId" AS "Value"
                FROM "SearchEntries"
                WHERE "WorkspaceId" = {workspaceId} AND "Kind" = {kind} AND "Document" @@ to_tsquery('aliado_search', {PostgresQuery(query)})
                """);
    }

    /// <summary>How many records of one kind match, counted in the index up to <paramref name="cap"/>; null past it.</summary>
    public static async Task<int?> CountUpToAsync(AliadoDbContext db, SearchQuery query, string kind, int cap, CancellationToken cancellationToken)
    {
        var workspaceId = db.CurrentWorkspaceId ?? throw new InvalidOperationException("Searching needs a workspace.");
        var count = await (db.Database.IsSqlite()
            ? db.Database.SqlQueryRaw<long>($$"""
                SELECT count(*) AS "Value" FROM (SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH {1} AND {{InWorkspace}} LIMIT {2}) m
                """, workspaceId.ToString(), SqliteMatch(query, [kind]), cap + 1)
            : db.Database.SqlQuery<long>($"""
                SELECT count(*) AS "Value" FROM (SELECT 1 FROM "SearchEntries"
                    WHERE "WorkspaceId" = {workspaceId} AND "Kind" = {kind} AND "Document" @@ to_tsquery('aliado_search', {PostgresQuery(query)})
                    LIMIT {cap + 1}) m
                """)).SingleAsync(cancellationToken);
        return count > cap ? null : (int)count;
    }

    /// <summary>
    /// SQLite, for a search that matches many: every person, each kept if its index entry is among the
    /// matches. Walked in the people list's own order, a page stops after its rows, and the matches are
    /// gathered as bare index row ids, without reading an entry each — where joining every match to its
    /// record and sorting them by name costs as many reads as there are matches.
    /// </summary>
    public static IQueryable<Aliado.Core.People.Person> PeopleAmongMatches(AliadoDbContext db, SearchQuery query)
    {
        var workspaceId = db.CurrentWorkspaceId ?? throw new InvalidOperationException("Searching needs a workspace.");
        // Every kind's matches are gathered (naming the kind would walk that word's whole list); only a
        // person's own entry can equal a person's row id.
        return db.People.FromSqlRaw($$"""
            SELECT * FROM "People" AS p
            WHERE (SELECT e."Rowid" FROM "SearchEntries" e WHERE e."RecordId" = p."Id")
                IN (SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH {1} AND {{InWorkspace}})
            """, workspaceId.ToString(), SqliteMatch(query, kinds: null));
    }

    /// <summary>
    /// FTS5's query language: the kinds as words of the Scope column (none when every kind is wanted), then
    /// every term as a prefix of a word in the text. The workspace is a range of row ids (<see cref="InWorkspace"/>).
    /// </summary>
    private static string SqliteMatch(SearchQuery query, string[]? kinds, bool titlesOnly = false) =>
        (kinds is null || kinds.Length == SearchSources.Kinds.Count ? string.Empty : $"\"Scope\" : ({string.Join(" OR ", kinds.Select(k => "k" + k))}) AND ")
        + $"{(titlesOnly ? "\"Title\"" : "{\"Title\" \"Body\"}")} : ({string.Join(" AND ", query.Terms.Select(t => $"\"{t}\"*"))})";

    /// <summary>The current workspace's entries in the FTS5 table, the workspace id being parameter 0.</summary>
    private const string InWorkspace = SearchSchema.SqliteInWorkspace;

    private static Task<List<CountRow>> SqliteCountsAsync(AliadoDbContext db, Guid workspaceId, SearchQuery query, string[] kinds, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<CountRow>($$"""
            SELECT e."Kind", count(*) AS "Count"
            FROM (SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH {1} AND {{InWorkspace}} LIMIT {2}) m
            JOIN "SearchEntries" e ON e."Rowid" = m.rowid
            WHERE e."WorkspaceId" = upper({0})
            GROUP BY e."Kind"
            """, workspaceId.ToString(), SqliteMatch(query, kinds), RankedAtMost + 1).ToListAsync(cancellationToken);

    private static Task<List<HitRow>> SqliteRankedAsync(AliadoDbContext db, Guid workspaceId, SearchQuery query, string[] kinds, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<HitRow>($$"""
            SELECT e."RecordId", e."Kind", e."RelationshipId", e."Title", e."Body", e."At"
            FROM "SearchIndex" JOIN "SearchEntries" e ON e."Rowid" = "SearchIndex".rowid
            WHERE "SearchIndex" MATCH {1} AND {{InWorkspace}} AND e."WorkspaceId" = upper({0})
            ORDER BY bm25("SearchIndex", 8.0, 1.0, 0.0), e."Title"
            LIMIT {2}
            """, workspaceId.ToString(), SqliteMatch(query, kinds), limit).ToListAsync(cancellationToken);

    private static Task<List<HitRow>> SqliteNewestAsync(AliadoDbContext db, Guid workspaceId, SearchQuery query, string[] kinds, bool titlesOnly, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<HitRow>($$"""
            SELECT e."RecordId", e."Kind", e."RelationshipId", e."Title", e."Body", e."At"
            FROM "SearchIndex" JOIN "SearchEntries" e ON e."Rowid" = "SearchIndex".rowid
            WHERE "SearchIndex" MATCH {1} AND {{InWorkspace}} AND e."WorkspaceId" = upper({0})
            ORDER BY "SearchIndex".rowid DESC
            LIMIT {2}
            """, workspaceId.ToString(), SqliteMatch(query, kinds, titlesOnly), limit).ToListAsync(cancellationToken);

    /// <summary>Every term as a prefix (<c>gar:*</c>), in titles only with <c>:*A</c>, all required; terms are letters and digits only.</summary>
    private static string PostgresQuery(SearchQuery query, bool titlesOnly = false) =>
        string.Join(" & ", query.Terms.Select(t => t + (titlesOnly ? ":*A" : ":*")));

    private static Task<List<CountRow>> PostgresCountsAsync(AliadoDbContext db, Guid workspaceId, SearchQuery query, string[] kinds, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<CountRow>($"""
            SELECT m."Kind", count(*) AS "Count"
            FROM (SELECT "Kind" FROM "SearchEntries"
                  WHERE "WorkspaceId" = {workspaceId} AND "Kind" = ANY({kinds}) AND "Document" @@ to_tsquery('aliado_search', {PostgresQuery(query)})
                  LIMIT {RankedAtMost + 1}) m
            GROUP BY m."Kind"
            """).ToListAsync(cancellationToken);

    private static Task<List<HitRow>> PostgresRankedAsync(AliadoDbContext db, Guid workspaceId, SearchQuery query, string[] kinds, int limit, CancellationToken cancellationToken)
    {
        var terms = PostgresQuery(query);
        return db.Database.SqlQuery<HitRow>($"""
            SELECT "RecordId", "Kind", "RelationshipId", "Title", "Body", "At"
            FROM "SearchEntries"
            WHERE "WorkspaceId" = {workspaceId} AND "Kind" = ANY({kinds}) AND "Document" @@ to_tsquery('aliado_search', {terms})
            ORDER BY ts_rank("Document", to_tsquery('aliado_search', {terms})) DESC, "Title"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }

    /// <summary>Record ids are time-ordered (version 7), so the highest are the newest.</summary>
    private static Task<List<HitRow>> PostgresNewestAsync(AliadoDbContext db, Guid workspaceId, SearchQuery query, string[] kinds, bool titlesOnly, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<HitRow>($"""
            SELECT "RecordId", "Kind", "RelationshipId", "Title", "Body", "At"
            FROM "SearchEntries"
            WHERE "WorkspaceId" = {workspaceId} AND "Kind" = ANY({kinds}) AND "Document" @@ to_tsquery('aliado_search', {PostgresQuery(query, titlesOnly)})
            ORDER BY "RecordId" DESC
            LIMIT {limit}
            """).ToListAsync(cancellationToken);

    private static List<SearchHit> Hits(List<HitRow> rows) =>
        [.. rows.Select(r => new SearchHit(r.RecordId, r.Kind, r.RelationshipId, r.Title, r.Body, r.At is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null))];

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
}
