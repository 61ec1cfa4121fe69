namespace Aliado.Features.Shared;

/// <summary>Previous/next links that keep the search term.</summary>
public sealed record Pager(string Path, int Page, int TotalPages, string? Search)
{
    public string Link(int page) =>
        string.IsNullOrWhiteSpace(Search) ? $"{Path}?p={page}" : $"{Path}?q={Uri.EscapeDataString(Search)}&p={page}";
}
