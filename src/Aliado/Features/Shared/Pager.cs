namespace Aliado.Features.Shared;

/// <summary>
/// Previous/next links that keep the search term and any other filters (<paramref name="Filters"/>, already
/// encoded: "outcome=proceed&amp;sort=health"). When the list stopped counting (<paramref name="TotalExact"/>
/// false), <paramref name="TotalPages"/> is how many pages there are at least. A list that can start a page
/// at a row (<see cref="Platform.PageAnchor"/>) gives its first and last rows' ids, and the links carry them.
/// </summary>
public sealed record Pager(string Path, int Page, int TotalPages, string? Search, string? Filters = null, bool TotalExact = true)
{
    /// <summary>The last row shown: the next page starts after it.</summary>
    public Guid? LastRow { get; init; }

    /// <summary>The first row shown: the previous page ends before it.</summary>
    public Guid? FirstRow { get; init; }

    /// <summary>The pager of a page of <paramref name="list"/>.</summary>
    public static Pager Of<T>(string path, Platform.PagedList<T> list, string? search, string? filters = null) =>
        new(path, list.Page, list.TotalPages, search, filters, list.TotalExact);

    public string Link(int page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            parts.Add($"q={Uri.EscapeDataString(Search)}");
        }
        if (!string.IsNullOrEmpty(Filters))
        {
            parts.Add(Filters);
        }
        parts.Add($"p={page}");
        if (page == Page + 1 && LastRow is { } last)
        {
            parts.Add($"after={last}");
        }
        else if (page == Page - 1 && FirstRow is { } first)
        {
            parts.Add($"before={first}");
        }
        return $"{Path}?{string.Join('&', parts)}";
    }
}
