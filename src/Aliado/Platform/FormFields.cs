using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Aliado.Platform;

/// <summary>
/// A fields partial (<c>_InteractionFields</c> …) takes its form as the model, so <c>asp-for="Summary"</c>
/// names the control under the prefix the page binds it with ("Interaction.Summary"); what the fields offer
/// to choose from rides along beside it. <c>&lt;partial name="…" model="form" view-data="@FormFields.Under(Html, "Interaction", choices)" /&gt;</c>
/// </summary>
public static class FormFields
{
    /// <summary>
    /// The fields' view data: bound under <paramref name="prefix"/>, offering <paramref name="choices"/>. With
    /// <paramref name="errors"/> false (a copy of a form repeated on the page — an answer form per proposal, a
    /// row per standing interest — that is not the one that was posted) it sees neither the messages nor the
    /// values posted under the same names.
    /// </summary>
    public static ViewDataDictionary Under(IHtmlHelper html, string prefix, object? choices = null, bool errors = true)
    {
        var data = errors ? new ViewDataDictionary(html.ViewData) : Apart(html);
        data.TemplateInfo.HtmlFieldPrefix = prefix;
        if (choices is not null)
        {
            data[KeyOf(choices.GetType())] = choices;
        }
        return data;
    }

    /// <summary>What the page gave the fields to choose from.</summary>
    public static T Choices<T>(this ViewDataDictionary data) where T : class =>
        data[KeyOf(typeof(T))] as T ?? throw new InvalidOperationException($"The fields partial was given no {typeof(T).Name}.");

    /// <summary>The prefix the fields are bound under: "Interaction".</summary>
    public static string Prefix(this ViewDataDictionary data) => data.TemplateInfo.HtmlFieldPrefix;

    private static ViewDataDictionary Apart(IHtmlHelper html)
    {
        var data = new ViewDataDictionary(html.MetadataProvider, new ModelStateDictionary());
        foreach (var (key, value) in html.ViewData)
        {
            data[key] = value;
        }
        return data;
    }

    private static string KeyOf(Type type) => $"FormFields:{type.FullName}";
}
