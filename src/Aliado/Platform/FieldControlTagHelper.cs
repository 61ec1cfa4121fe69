using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Aliado.Platform;

/// <summary>
/// Marks a control whose value was refused (<c>aria-invalid</c>) from the model state, on every form, so no
/// form can forget it; inside a <see cref="FieldTagHelper"/> it also takes the field's id and points at the
/// field's hint and message (<c>aria-describedby</c>). Radios bound with <c>asp-for</c> get one id each
/// ("Input_OnMySide-3") instead of the name's id repeated. forms.js leads the error summary's links to it.
/// </summary>
[HtmlTargetElement("input", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "name")]
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldControlTagHelper : TagHelper
{
    // After the framework's own input/select/textarea helpers, which write the name and id.
    public override int Order => 1000;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["name"]?.Value?.ToString() is not { Length: > 0 } name
            || output.Attributes["type"]?.Value?.ToString() is "hidden")
        {
            return;
        }
        if (output.Attributes["type"]?.Value?.ToString() is "radio"
            && context.AllAttributes.ContainsName("asp-for")
            && output.Attributes["id"]?.Value?.ToString() is { } radioId
            && output.Attributes["value"]?.Value?.ToString() is { } radioValue)
        {
            output.Attributes.SetAttribute("id", $"{radioId}-{radioValue}");
        }
        if (context.Items.TryGetValue(FieldTagHelper.ItemKey, out var item) && item is FieldTagHelper.DescribedControl field && field.Name == name)
        {
            output.Attributes.SetAttribute("id", field.Id);
            if (field.DescribedBy.Length > 0)
            {
                var ids = (output.Attributes["aria-describedby"]?.Value?.ToString() ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                output.Attributes.SetAttribute("aria-describedby", string.Join(' ', ids.Union(field.DescribedBy.Split(' '))));
            }
        }
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }
}
