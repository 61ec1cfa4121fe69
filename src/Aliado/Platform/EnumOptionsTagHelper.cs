using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Aliado.Platform;

/// <summary>
/// The options of an enum's <c>&lt;select&gt;</c>, written once: each value in kebab case (as the API and
/// the forms bind it), labelled with "<see cref="Labels"/>.{value}" in the reader's language, the
/// <see cref="Selected"/> one marked — by default the value of the <c>&lt;select asp-for&gt;</c> it sits in.
/// <c>&lt;select asp-for="Channel"&gt;&lt;enum-options of="typeof(Channel)" labels="channel" /&gt;&lt;/select&gt;</c>
/// </summary>
[HtmlTargetElement("enum-options", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EnumOptionsTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public Type Of { get; set; } = null!;

    /// <summary>The resource key prefix of the labels: "channel" gives "channel.call".</summary>
    public string Labels { get; set; } = string.Empty;

    /// <summary>The chosen value, in kebab case, as the form holds it; the enclosing select's model value when not given.</summary>
    public string? Selected { get; set; }

    /// <summary>Values not offered here (an answer cannot be set back to "pending" from this form).</summary>
    public IEnumerable<Enum> Except { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var selected = Selected ?? (context.Items.TryGetValue(SelectedValueTagHelper.ItemKey, out var given) ? given as string : null);
        var excluded = Except.Select(e => Core.KebabCase.ToKebab(e.ToString())).ToHashSet();
        foreach (var value in Enum.GetValues(Of).Cast<Enum>())
        {
            var kebab = Core.KebabCase.ToKebab(value.ToString());
            if (excluded.Contains(kebab))
            {
                continue;
            }
            var mark = string.Equals(kebab, selected, StringComparison.Ordinal) ? " selected" : string.Empty;
            output.Content.AppendHtml($"<option value=\"{HtmlEncoder.Default.Encode(kebab)}\"{mark}>{HtmlEncoder.Default.Encode(localizer[$"{Labels}.{kebab}"].Value)}</option>");
        }
    }
}

/// <summary>Hands a <c>&lt;select asp-for&gt;</c>'s value to the <see cref="EnumOptionsTagHelper"/> inside it.</summary>
[HtmlTargetElement("select", Attributes = "asp-for")]
public sealed class SelectedValueTagHelper : TagHelper
{
    internal static readonly object ItemKey = new();

    [HtmlAttributeName("asp-for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;

    public override void Init(TagHelperContext context) =>
        context.Items[ItemKey] = For.Model is Enum choice ? Core.KebabCase.ToKebab(choice.ToString()) : For.Model?.ToString();
}
