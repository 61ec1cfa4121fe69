using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Aliado.Features.Shared;

/// <summary>
/// A fields partial (<c>_InteractionFields</c> …) takes its form as the model, so <c>asp-for="Summary"</c>
/// names the control under the prefix the page binds it with ("Interaction.Summary"); what the fields offer
/// to choose from rides along beside it. <c>&lt;partial name="…" model="form" view-data="@FormFields.Under(ViewData, "Interaction", choices)" /&gt;</c>
/// </summary>
public static class FormFields
{
    public static ViewDataDictionary Under(ViewDataDictionary page, string prefix, object? choices = null)
    {
        var data = new ViewDataDictionary(page);
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

    private static string KeyOf(Type type) => $"FormFields:{type.FullName}";
}
