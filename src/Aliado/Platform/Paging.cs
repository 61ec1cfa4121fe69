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

/// <summary>Every list the API returns has this shape.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int TotalPages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
