using Aliado.Core;
using Aliado.Data;
using Aliado.Data.Search;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Search;

/// <summary>One thing a search found: its kind, a title to read, the words around the match, and where it lives.</summary>
public sealed record SearchItem(string Kind, Guid Id, string Title, string Snippet, string Url, string? Context)
{
    /// <summary>The snippet with the matched words marked, for the page (the API sends <see cref="Snippet"/> as plain text).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<SnippetPart> Parts { get; init; } = [];
}

/// <summary>
/// <see cref="Total"/> and <see cref="Counts"/> are exact when <see cref="Exact"/>; a broader query is counted
/// only up to a little more than <see cref="SearchIndex.RankedAtMost"/> (the total then says "at least").
/// </summary>
public sealed record SearchResponse(IReadOnlyList<SearchItem> Items, int Total, IReadOnlyDictionary<string, int> Counts, bool Exact = true);

/// <summary>
/// Searches everything a workspace holds — people, organizations, relationships, interests, offerings,
/// conversations, proposals, lessons — through the full-text index: three statements whatever its size
/// (hits, counts per kind, and the clients' names of the relationships the hits belong to).
/// </summary>
public static class SearchEverything
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;
    private const int TitleLength = 120;

    public static IReadOnlyList<string> Kinds => SearchIndex.Kinds;

    /// <summary>Reads "people,interests" or "person interest": kinds in the singular or the plural; null when a word is no kind.</summary>
    public static IReadOnlyList<string>? ParseKinds(IEnumerable<string?> values)
    {
        var kinds = new List<string>();
        foreach (var word in values.SelectMany(v => (v ?? string.Empty).Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var kind = KindOf(word.ToLowerInvariant());
            if (kind is null)
            {
                return null;
            }
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }
        return kinds;
    }

    public static async Task<SearchResponse> RunAsync(AliadoDbContext db, string? text, IReadOnlyList<string> kinds, int limit, UserTime time, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(text);
        var result = await SearchIndex.FindAsync(db, query, kinds, Math.Clamp(limit, 1, MaxLimit), cancellationToken);
        var relationshipIds = result.Hits.Where(h => h.Kind != "relationship" && h.RelationshipId is not null).Select(h => h.RelationshipId!.Value).Distinct().ToList();
        var clients = relationshipIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Relationships.AsNoTracking().Where(r => relationshipIds.Contains(r.Id))
                .Select(r => new { r.Id, r.Client!.Name }).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var items = result.Hits.Select(hit =>
        {
            var parts = Snippet.Around(SnippetText(hit), query);
            return new SearchItem(
                hit.Kind, hit.RecordId, Title(hit, time, localizer), Core.Snippet.PlainText(parts), Url(hit),
                hit.RelationshipId is { } rid && clients.TryGetValue(rid, out var client) ? client : null)
            { Parts = parts };
        }).ToList();
        return new SearchResponse(items, result.Total, result.CountByKind, result.Exact);
    }

    private static string? KindOf(string word) => word switch
    {
        "person" or "people" => "person",
        "organization" or "organizations" => "organization",
        "relationship" or "relationships" => "relationship",
        "interest" or "interests" => "interest",
        "offering" or "offerings" => "offering",
        "conversation" or "conversations" => "conversation",
        "proposal" or "proposals" => "proposal",
        "lesson" or "lessons" => "lesson",
        _ => null,
    };

    private static string Title(SearchHit hit, UserTime time, IStringLocalizer localizer)
    {
        if (hit.Kind == "conversation" && hit.At is { } at)
        {
            return localizer["search.conversation-of", time.Date(at)];
        }
        return hit.Title.Length > TitleLength ? hit.Title[..(TitleLength - 1)].TrimEnd() + "…" : hit.Title;
    }

    /// <summary>The words under the title: where the match is when it is not the title itself, else the start of the text.</summary>
    private static string SnippetText(SearchHit hit) =>
        hit.Kind == "conversation" || string.IsNullOrWhiteSpace(hit.Body) ? $"{hit.Title} {hit.Body}".Trim() : hit.Body;

    private static string Url(SearchHit hit) => hit.Kind switch
    {
        "person" => $"/people/{hit.RecordId}",
        "organization" => $"/organizations?q={Uri.EscapeDataString(hit.Title)}",
        "relationship" => $"/relationships/{hit.RecordId}",
        "lesson" => $"/lessons?q={Uri.EscapeDataString(hit.Title.Length > 60 ? hit.Title[..60] : hit.Title)}#lesson-{hit.RecordId}",
        _ => $"/relationships/{hit.RelationshipId}#{hit.Kind}-{hit.RecordId}",
    };
}
