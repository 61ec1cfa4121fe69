using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Aliado.Platform;

/// <summary>
/// The options of an enum's <c>&lt;select&gt;</c>, written once: each value in kebab case (as the API and
/// the forms bind it), labelled with "<see cref="Labels"/>.{value}" in the reader's language, the
/// <see cref="Selected"/> one marked. <c>&lt;enum-options of="typeof(Channel)" labels="channel" selected="@form.Channel" /&gt;</c>
/// </summary>
[HtmlTargetElement("enum-options", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EnumOptionsTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public Type Of { get; set; } = null!;

    /// <summary>The resource key prefix of the labels: "channel" gives "channel.call".</summary>
    public string Labels { get; set; } = string.Empty;

    /// <summary>The chosen value, in kebab case, as the form holds it.</summary>
    public string? Selected { get; set; }

    /// <summary>Values not offered here (an answer cannot be set back to "pending" from this form).</summary>
    public IEnumerable<Enum> Except { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var excluded = Except.Select(e => Core.KebabCase.ToKebab(e.ToString())).ToHashSet();
        foreach (var value in Enum.GetValues(Of).Cast<Enum>())
        {
            var kebab = Core.KebabCase.ToKebab(value.ToString());
            if (excluded.Contains(kebab))
            {
                continue;
            }
            var selected = string.Equals(kebab, Selected, StringComparison.Ordinal) ? " selected" : string.Empty;
            output.Content.AppendHtml($"<option value=\"{HtmlEncoder.Default.Encode(kebab)}\"{selected}>{HtmlEncoder.Default.Encode(localizer[$"{Labels}.{kebab}"].Value)}</option>");
        }
    }
}
