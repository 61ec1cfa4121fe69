using System.Text;

namespace Aliado.Core;

/// <summary>
/// What a user typed into a search box, as the words every database looks for: split at anything that
/// is not a letter or a digit ("ana@acme.com" is ana, acme, com), folded like <see cref="TextSearch"/>,
/// each one the start of a word ("gar" finds "García"), all of them required.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Terms)
{
    /// <summary>One letter would match most of a workspace; such words are left out.</summary>
    public const int MinimumTermLength = 2;

    public const int MaxTerms = 8;

    public const int MaxLength = 200;

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var folded = TextSearch.Normalize(text is { Length: > MaxLength } ? text[..MaxLength] : text);
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length >= MinimumTermLength && terms.Count < MaxTerms && !terms.Contains(word.ToString()))
            {
                terms.Add(word.ToString());
            }
            word.Clear();
        }
        return new SearchQuery(terms);
    }

    /// <summary>Whether a word of a text is one a user looked for ("ana@acme.com" is, for "acme").</summary>
    public bool Matches(string word) =>
        Parse(word).Terms.Any(part => Terms.Any(t => part.StartsWith(t, StringComparison.Ordinal)));
}
