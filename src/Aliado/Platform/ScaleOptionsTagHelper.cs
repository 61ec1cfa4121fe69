using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Aliado.Platform;

/// <summary>
/// The options of a rating <c>&lt;select asp-for&gt;</c>, 1 to <see cref="To"/>, the select's value marked;
/// with <see cref="Empty"/> a first option for "not rated". <c>&lt;scale-options to="5" empty="—" /&gt;</c>
/// </summary>
[HtmlTargetElement("scale-options", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ScaleOptionsTagHelper : TagHelper
{
    public int From { get; set; } = 1;

    public int To { get; set; } = 5;

    public string? Empty { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var selected = context.Items.TryGetValue(SelectedValueTagHelper.ItemKey, out var given) ? given as string : null;
        if (Empty is not null)
        {
            output.Content.AppendHtml($"<option value=\"\">{HtmlEncoder.Default.Encode(Empty)}</option>");
        }
        for (var n = From; n <= To; n++)
        {
            var value = n.ToString(CultureInfo.InvariantCulture);
            output.Content.AppendHtml($"<option value=\"{value}\"{(value == selected ? " selected" : string.Empty)}>{value}</option>");
        }
    }
}
