using System.Collections.Concurrent;
using System.Text;

namespace Aliado.Core;

/// <summary>
/// Enum values as the API and forms spell them: lowercase kebab-case ("reports-to", "non-supporter").
/// </summary>
public static class KebabCase
{
    private static readonly ConcurrentDictionary<Type, string[]> _names = new();

    public static string ToKebab<TEnum>(TEnum value) where TEnum : struct, Enum => ToKebab(value.ToString());

    public static string ToKebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum =>
        _names.GetOrAdd(typeof(TEnum), _ => [.. Enum.GetValues<TEnum>().Select(v => ToKebab(v))]);

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var wanted = text?.Trim().ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (ToKebab(candidate) == wanted)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static TEnum ParseOr<TEnum>(string? text, TEnum fallback) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : fallback;
}
