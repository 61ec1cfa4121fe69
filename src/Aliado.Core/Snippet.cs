namespace Aliado.Core;

/// <summary>A piece of a longer text shown under a search hit; <see cref="IsMatch"/> marks the words searched for.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);

/// <summary>
/// The few words around the first word a search matched, so a hit in a long note shows why it was found.
/// Computed here rather than by each database, so both show the same thing.
/// </summary>
public static class Snippet
{
    public const int Words = 16;

    public static IReadOnlyList<SnippetPart> Around(string? text, SearchQuery query, int words = Words)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(tokens, t => query.Matches(Core(t)));
        var start = first < 0 ? 0 : Math.Max(0, Math.Min(first - (words / 3), tokens.Length - words));
        var end = Math.Min(tokens.Length, start + words);
        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }
        for (var i = start; i < end; i++)
        {
            var separator = i < end - 1 ? " " : string.Empty;
            if (query.Matches(Core(tokens[i])))
            {
                parts.Add(new SnippetPart(tokens[i], true));
                parts.Add(new SnippetPart(separator, false));
            }
            else
            {
                parts.Add(new SnippetPart(tokens[i] + separator, false));
            }
        }
        if (end < tokens.Length)
        {
            parts.Add(new SnippetPart(" …", false));
        }
        return Merge(parts);
    }

    public static string PlainText(IReadOnlyList<SnippetPart> parts) => string.Concat(parts.Select(p => p.Text));

    /// <summary>A word without the punctuation around it: "(García)," is García.</summary>
    private static string Core(string token) => token.Trim().Trim(',', '.', ';', ':', '(', ')', '"', '\'', '«', '»', '¿', '?', '¡', '!', '[', ']');

    private static List<SnippetPart> Merge(List<SnippetPart> parts)
    {
        var merged = new List<SnippetPart>();
        foreach (var part in parts.Where(p => p.Text.Length > 0))
        {
            if (merged.Count > 0 && !part.IsMatch && !merged[^1].IsMatch)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + part.Text };
            }
            else
            {
                merged.Add(part);
            }
        }
        return merged;
    }
}
