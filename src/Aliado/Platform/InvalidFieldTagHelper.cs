using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Aliado.Platform;

/// <summary>
/// Marks a control whose value was refused (<c>aria-invalid</c>) from the model state, on every form:
/// hand-written and tag-helper controls alike, so no form can forget it. forms.js then points it at the
/// message next to it (<c>aria-describedby</c>) and the error summary's links at it.
/// </summary>
[HtmlTargetElement("input", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "name")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    // After the framework's own input/select/textarea helpers, which may write the name and id.
    public override int Order => 1000;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["name"]?.Value?.ToString() is not { Length: > 0 } name
            || !ViewContext.ViewData.ModelState.TryGetValue(name, out var entry)
            || entry.Errors.Count == 0
            || output.Attributes["type"]?.Value?.ToString() is "hidden")
        {
            return;
        }
        output.Attributes.SetAttribute("aria-invalid", "true");
    }
}
