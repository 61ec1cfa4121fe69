using System.Globalization;
using Aliado.Core.People;

namespace Aliado.Exchange.Contacts;

/// <summary>Birthdays as address books write them: 1980-03-22, 19800322, --0322, --03-22, 1980-03-22T00:00:00Z, 3/22/1980.</summary>
internal static class BirthdayText
{
    private static readonly string[] _withYear = ["yyyy-MM-dd", "yyyyMMdd", "M/d/yyyy", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyyMMdd'T'HHmmss'Z'", "yyyy-MM-dd'T'HH:mm:ss"];

    public static string? TryRead(string text)
    {
        var value = text.Trim();
        if (value.StartsWith("--", StringComparison.Ordinal))
        {
            var digits = value[2..].Replace("-", string.Empty, StringComparison.Ordinal);
            return digits.Length == 4 && int.TryParse(digits[..2], CultureInfo.InvariantCulture, out var month) && int.TryParse(digits[2..], CultureInfo.InvariantCulture, out var day)
                && Birthday.TryParse(Birthday.Format(null, month, day), out _, out _, out _)
                ? Birthday.Format(null, month, day)
                : null;
        }
        if (DateTime.TryParseExact(value, _withYear, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            var formatted = Birthday.Format(date.Year, date.Month, date.Day);
            return Birthday.IsValid(formatted) ? formatted : null;
        }
        return null;
    }
}
