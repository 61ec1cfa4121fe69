using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Aliado.Features.Shared;

/// <summary>
/// Post-redirect-get for a form that failed: what the user typed and what was wrong with it ride to the
/// next GET in TempData (an encrypted cookie, read once), so the page that shows the form again is an
/// ordinary GET — Back and reload never ask to send the form again.
/// </summary>
public sealed record KeptForm(string Prefix, string Values, IReadOnlyList<KeptForm.Error> Errors)
{
    private const string Key = "KeptForm";

    public sealed record Error(string Field, string Message);

    public static void Keep(ITempDataDictionary tempData, string prefix, object form, ModelStateDictionary modelState) =>
        tempData[Key] = JsonSerializer.Serialize(new KeptForm(
            prefix,
            JsonSerializer.Serialize(form, form.GetType()),
            [.. modelState.Where(kv => kv.Value is { Errors.Count: > 0 }).SelectMany(kv => kv.Value!.Errors.Select(e => new Error(kv.Key, e.ErrorMessage)))]));

    /// <summary>The form kept by the last failed post, once; its errors go back into <paramref name="modelState"/>.</summary>
    public static KeptForm? Take(ITempDataDictionary tempData, ModelStateDictionary modelState)
    {
        if (tempData[Key] is not string json || JsonSerializer.Deserialize<KeptForm>(json) is not { } kept)
        {
            return null;
        }
        foreach (var error in kept.Errors)
        {
            modelState.AddModelError(error.Field, error.Message);
        }
        return kept;
    }

    /// <summary>The values typed into the form under <paramref name="prefix"/>, or null when another form failed.</summary>
    public T? Of<T>(string prefix) where T : class => Prefix == prefix ? JsonSerializer.Deserialize<T>(Values) : null;
}
