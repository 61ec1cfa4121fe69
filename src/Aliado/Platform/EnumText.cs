using Aliado.Core;

namespace Aliado.Platform;

/// <summary>
/// Reads an enum value from text in its kebab-case spelling, for the edges that receive text: query
/// strings, form fields and imported files. JSON bodies bind through the serializer's kebab-case policy.
/// </summary>
public static class EnumText
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var wanted = text?.Trim().ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (KebabCase.ToKebab(candidate) == wanted)
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

    /// <summary>Empty text is no value; anything else must name one of the enum's values.</summary>
    public static Check OneOf<TEnum>(this Check check, string field, string? text) where TEnum : struct, Enum
    {
        if (!string.IsNullOrWhiteSpace(text) && !TryParse<TEnum>(text, out _))
        {
            check.Add(new FieldError(field, ErrorCodes.OneOf, string.Join(", ", KebabCase.Names<TEnum>())));
        }
        return check;
    }

    /// <summary>The value the text names, or null for empty text; text that names none adds a "one of" error.</summary>
    public static TEnum? Read<TEnum>(this Check check, string field, string? text) where TEnum : struct, Enum
    {
        check.OneOf<TEnum>(field, text);
        return TryParse<TEnum>(text, out var value) ? value : null;
    }
}
