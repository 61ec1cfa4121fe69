using Microsoft.EntityFrameworkCore;

namespace Aliado.Platform;

/// <summary>Page numbers start at 1; a page holds 1–100 rows, 25 unless asked otherwise.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    /// <summary>Far past any real list, and low enough that the rows skipped fit every database's offset.</summary>
    public const int MaxPage = 1_000_000;

    public static PageRequest From(int? page, int? pageSize) =>
        new(Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize));

    public int Skip => (Page - 1) * PageSize;
}

/// <summary>
/// A page reached from a neighbouring page's link: it starts just after the row <see cref="After"/>, or ends
/// just before the row <see cref="Before"/>, so deep pages are read from there instead of counted from the top.
/// </summary>
public readonly record struct PageAnchor(Guid? After, Guid? Before)
{
    public static PageAnchor? From(Guid? after, Guid? before) => after is null && before is null ? null : new PageAnchor(after, before);
}

/// <summary>
/// Every list the API returns has this shape. The total is exact when totalExact is true; a list of a whole
/// workspace stops counting past 1,000, and then the total is how many there are at least.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool TotalExact = true)
{
    public int TotalPages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public static class PagedList
{
    /// <summary>
    /// A page, whether rows follow it (<paramref name="more"/>: the page was read with one row more than it
    /// shows), and a count that stopped at the cap (<paramref name="counted"/> is null past it). Past the cap
    /// the total is what is known for sure: more than the cap, and every row up to this page plus one if more follow.
    /// </summary>
    public static PagedList<T> Of<T>(IReadOnlyList<T> items, PageRequest page, int? counted, bool more) =>
        counted is { } exact
            ? new PagedList<T>(items, page.Page, page.PageSize, exact)
            : new PagedList<T>(items, page.Page, page.PageSize, Math.Max(Counting.CountedUpTo + 1, page.Skip + items.Count + (more ? 1 : 0)), TotalExact: false);
}

/// <summary>
/// Counting every row of a workspace-sized list costs as much as the workspace is large, so such counts stop
/// a little past a thousand: "more than 1,000" tells a user all a larger number would.
/// </summary>
public static class Counting
{
    /// <summary>
    /// A page of <paramref name="ordered"/> read with one row more: a page that is not full is its own
    /// count, so <paramref name="count"/> runs only when more rows follow (or the page is past the end).
    /// </summary>
    public static async Task<PagedList<T>> ReadPageAsync<T>(this IQueryable<T> ordered, Func<Task<int>> count, PageRequest page, CancellationToken cancellationToken)
    {
        var read = await ordered.Skip(page.Skip).TakeWritten(page.PageSize + 1).ToListAsync(cancellationToken);
        var total = read.Count <= page.PageSize && (read.Count > 0 || page.Skip == 0) ? page.Skip + read.Count : await count();
        return new PagedList<T>([.. read.Take(page.PageSize)], page.Page, page.PageSize, total);
    }

    public const int CountedUpTo = 1000;

    /// <summary>How many rows <paramref name="query"/> has, or null when there are more than <see cref="CountedUpTo"/>.</summary>
    public static Task<int?> CountUpToCapAsync<T>(this IQueryable<T> query, CancellationToken cancellationToken) =>
        query.CountUpToCapAsync(CountedUpTo, cancellationToken);

    /// <summary>How many rows <paramref name="query"/> has, or null when there are more than <paramref name="cap"/>.</summary>
    public static async Task<int?> CountUpToCapAsync<T>(this IQueryable<T> query, int cap, CancellationToken cancellationToken)
    {
        var count = await query.TakeWritten(cap + 1).CountAsync(cancellationToken);
        return count > cap ? null : count;
    }
}
