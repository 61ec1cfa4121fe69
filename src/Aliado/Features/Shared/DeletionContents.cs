using Aliado.Platform;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Shared;

/// <summary>What goes with a deleted record, counted, so its confirmation names all of it.</summary>
public static class DeletionContents
{
    /// <summary>"2 coincidences, the link to 1 offering"; empty when nothing goes along.</summary>
    public static string Name(IStringLocalizer localizer, params (string Key, int Count)[] counts) =>
        string.Join(", ", counts.Where(c => c.Count > 0).Select(c => localizer.Count(c.Key, c.Count, c.Count).Value));
}
