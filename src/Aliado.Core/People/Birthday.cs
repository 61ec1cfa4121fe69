using System.Globalization;

namespace Aliado.Core.People;

/// <summary>
/// A birthday as address books keep it: a full date ("1980-03-15") or, when the year is not known,
/// month and day alone ("--03-15", as vCard 4 writes it).
/// </summary>
public static class Birthday
{
    public const int Length = 10;

    public static bool IsValid(string text) => TryParse(text, out _, out _, out _);

    /// <summary>Reads the two forms above; <paramref name="year"/> is null for month and day alone.</summary>
    public static bool TryParse(string text, out int? year, out int month, out int day)
    {
        (year, month, day) = (null, 0, 0);
        var value = text.Trim();
        if (value.Length == 7 && value.StartsWith("--", StringComparison.Ordinal)
            && DateOnly.TryParseExact("2000" + value[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var leap))
        {
            (month, day) = (leap.Month, leap.Day);
            return true;
        }
        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= Check.FirstYear and <= Check.LastYear)
        {
            (year, month, day) = (date.Year, date.Month, date.Day);
            return true;
        }
        return false;
    }

    /// <summary>The stored form of a parsed birthday.</summary>
    public static string Format(int? year, int month, int day) =>
        year is { } y ? $"{y:D4}-{month:D2}-{day:D2}" : $"--{month:D2}-{day:D2}";
}
