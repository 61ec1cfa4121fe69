using System.Globalization;

namespace Aliado.Features.People;

/// <summary>How a person's links and birthday are shown.</summary>
public static class WebLink
{
    /// <summary>Only web addresses become links: an imported "javascript:" or "file:" value is shown as text.</summary>
    public static bool IsSafe(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>"15 March 1980" or, without the year, "15 March" — in the reader's language.</summary>
    public static string Birthday(string stored)
    {
        if (!Core.People.Birthday.TryParse(stored, out var year, out var month, out var day))
        {
            return stored;
        }
        var culture = CultureInfo.CurrentCulture;
        var date = new DateOnly(year ?? 2000, month, day);
        var dayAndMonth = culture.TwoLetterISOLanguageName == "es" ? date.ToString("d 'de' MMMM", culture) : date.ToString("d MMMM", culture);
        return year is null ? dayAndMonth : culture.TwoLetterISOLanguageName == "es" ? $"{dayAndMonth} de {year}" : $"{dayAndMonth} {year}";
    }
}
