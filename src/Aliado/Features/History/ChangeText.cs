using System.Globalization;
using Aliado.Core;
using Aliado.Platform;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.History;

/// <summary>One change as a sentence in the reader's language: the field's label, and values as the forms show them.</summary>
public static class ChangeText
{
    /// <summary>What an import read, by the names its makers give it (the same in every language).</summary>
    private static readonly Dictionary<string, string> _sources = new()
    {
        ["vcard"] = "vCard",
        ["google-csv"] = "Google CSV",
        ["outlook-csv"] = "Outlook CSV",
        ["linkedin-csv"] = "LinkedIn CSV",
        ["aliado-workspace"] = "Aliado JSON",
    };

    public static string Describe(ChangeDto change, IStringLocalizer localizer, UserTime time)
    {
        switch (change.Field)
        {
            case "deleted":
                return localizer["history.deleted"];
            case "restored":
                return localizer["history.restored"];
            case "imported":
                return localizer["history.imported", _sources.GetValueOrDefault(change.After ?? string.Empty, change.After ?? string.Empty)];
        }
        var label = localizer[$"history.field.{change.Field}"] is { ResourceNotFound: false } found ? found.Value : change.Field;
        // Links to other records change by id; saying that they changed is what a reader can use.
        if (change.Field.EndsWith("Id", StringComparison.Ordinal))
        {
            return $"{label}: {localizer["history.changed"]}";
        }
        if (change.Field.EndsWith("Ids", StringComparison.Ordinal))
        {
            return $"{label}: {localizer[change.After is null ? "history.link-removed" : "history.link-added"]}";
        }
        var before = Value(change.Field, change.Before, localizer, time);
        var after = Value(change.Field, change.After, localizer, time);
        return (before, after) switch
        {
            (null, null) => label,
            (null, _) => $"{label} {localizer["history.set"]} “{after}”",
            (_, null) => $"{label}: {localizer["history.cleared"]} (“{before}”)",
            _ => $"{label}: “{before}” → “{after}”",
        };
    }

    private static string? Value(string field, string? value, IStringLocalizer localizer, UserTime time)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Length >= 19 && value[10] == 'T' && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            return time.DateAndTime(at);
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("d", CultureInfo.CurrentCulture);
        }
        return localizer[$"{KebabCase.ToKebab(field)}.{value}"] is { ResourceNotFound: false } choice ? choice.Value : value;
    }
}
