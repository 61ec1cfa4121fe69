using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Aliado.Platform;

public static class Localization
{
    public static readonly string[] Cultures = ["en", "es"];

    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    public static IServiceCollection AddAliadoLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("en").AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // ?culture=es, then the remembered choice (cookie), then the browser's Accept-Language.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    public static string Normalize(string? culture) =>
        Cultures.FirstOrDefault(c => string.Equals(c, culture?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? "en";

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es" ? "es" : "en";

    /// <summary>The sentence for a field error, in the request's language.</summary>
    public static string Describe(this IStringLocalizer localizer, Core.FieldError error) =>
        localizer[$"error.{error.Code}", error.Arguments];

    /// <summary>
    /// A text that agrees with a count: the key's ".one" form when <paramref name="count"/> is 1 and the
    /// resources have one, else the key itself (the plural). Both English and Spanish use the singular
    /// for exactly one.
    /// </summary>
    public static LocalizedString Count(this IStringLocalizer localizer, string key, int count, params object[] arguments)
    {
        if (count == 1 && localizer[$"{key}.one", arguments] is { ResourceNotFound: false } one)
        {
            return one;
        }
        return localizer[key, arguments];
    }

    /// <summary>A total as the reader's numbers write it; one that stopped counting past a cap reads "1,000+".</summary>
    public static string Total(this IStringLocalizer localizer, int total, bool exact) =>
        exact ? total.ToString("N0", CultureInfo.CurrentCulture) : localizer["count.more-than", (total - 1).ToString("N0", CultureInfo.CurrentCulture)];

    /// <summary>What a short list leaves out: "and 4 more", or past its counting cap "over 100 in all".</summary>
    public static LocalizedString More(this IStringLocalizer localizer, int total, bool exact, int shown) =>
        exact ? localizer["dashboard.more", total - shown] : localizer["dashboard.more-than", localizer.Total(total - 1, exact: true)];

    /// <summary>"3 days" / "1 day", "3 días" / "1 día".</summary>
    public static string Days(this IStringLocalizer localizer, int days) => localizer.Count("count.days", days, days);

    /// <summary>"every 14 days" / "every day".</summary>
    public static string Cadence(this IStringLocalizer localizer, int days) => localizer.Count("relationship.cadence-days", days, days);
}
