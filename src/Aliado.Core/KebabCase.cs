using System.Collections.Concurrent;
using System.Text;

namespace Aliado.Core;

/// <summary>
/// Enum values as the API, forms and history spell them: lowercase kebab-case ("reports-to", "non-supporter").
/// Reading them back from text is the edges' work (JSON, form binding, imports); the core takes typed values.
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

    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum => Names(typeof(TEnum));

    public static IReadOnlyList<string> Names(Type enumType) =>
        _names.GetOrAdd(enumType, type => [.. Enum.GetNames(type).Select(ToKebab)]);
}
